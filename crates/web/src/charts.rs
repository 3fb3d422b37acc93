//! Charts drawn on the server as SVG, with no JavaScript: an indicator over time, with its
//! baseline, its target line and its actuals, and the bar charts of a scheme's results page,
//! drawn by plotters' SVG backend.
//!
//! Plotters draws no text here, so it needs no font: the chart carries its `<title>` and
//! `<desc>` (role `img`), and the page puts the legend and the data as a table beside it,
//! which is what a screen reader and a careful reader use.

use plotters::prelude::*;
use time::Date;

/// What one chart shows: points are (day, value).
#[derive(Debug, Clone, Default)]
pub struct IndicatorChart {
    /// The element id the title and description are named from.
    pub id: String,
    pub title: String,
    pub description: String,
    pub start: Option<Date>,
    pub end: Option<Date>,
    pub baseline: Option<f64>,
    pub targets: Vec<(Date, f64)>,
    pub actuals: Vec<(Date, f64)>,
}

const WIDTH: u32 = 640;
const HEIGHT: u32 = 280;
/// Dark blue for actuals, a dark orange for targets, grey for the baseline: apart in hue
/// and in lightness, and apart in shape too (points, dashes, a thin line).
const ACTUAL: RGBColor = RGBColor(0x1d, 0x4e, 0x89);
const TARGET: RGBColor = RGBColor(0xb3, 0x4a, 0x00);
const BASELINE: RGBColor = RGBColor(0x59, 0x59, 0x59);
const GRID: RGBColor = RGBColor(0xdd, 0xdd, 0xdd);

impl IndicatorChart {
    /// The chart as an inline `<svg>` element, scaled to the width it is given.
    pub fn svg(&self) -> String {
        let mut svg = String::new();
        if self.draw(&mut svg).is_err() {
            svg.clear();
        }
        accessible(&svg, &self.id, &self.title, &self.description)
    }

    fn draw(&self, out: &mut String) -> Result<(), Box<dyn std::error::Error + '_>> {
        let (Some(start), Some(end)) = (self.start, self.end) else {
            return Ok(());
        };
        let day = |d: Date| (d - start).whole_days() as f64;
        let span = day(end).max(1.0);
        let values: Vec<f64> = self
            .baseline
            .iter()
            .copied()
            .chain(self.targets.iter().map(|p| p.1))
            .chain(self.actuals.iter().map(|p| p.1))
            .collect();
        let (mut low, mut high) = values
            .iter()
            .fold((f64::INFINITY, f64::NEG_INFINITY), |(l, h), v| {
                (l.min(*v), h.max(*v))
            });
        if !low.is_finite() {
            (low, high) = (0.0, 1.0);
        }
        // Room above and below, and from zero where the values are all positive and near it.
        let pad = ((high - low) * 0.15).max(high.abs() * 0.05).max(1.0);
        let low = if low >= 0.0 && low - pad < 0.0 {
            0.0
        } else {
            low - pad
        };
        let high = high + pad;

        let root = SVGBackend::with_string(out, (WIDTH, HEIGHT)).into_drawing_area();
        root.fill(&WHITE)?;
        let mut chart = ChartBuilder::on(&root)
            .margin(14)
            .build_cartesian_2d(-span * 0.02..span * 1.02, low..high)?;
        // A few horizontal lines to read the level by, without numbers (they are in the table).
        for i in 0..=4 {
            let y = low + (high - low) * f64::from(i) / 4.0;
            chart.draw_series(LineSeries::new(
                [(-span * 0.02, y), (span * 1.02, y)],
                GRID.stroke_width(1),
            ))?;
        }
        if let Some(b) = self.baseline {
            chart.draw_series(LineSeries::new(
                [(0.0, b), (span, b)],
                BASELINE.stroke_width(2),
            ))?;
        }
        if !self.targets.is_empty() {
            let mut points: Vec<(f64, f64)> = Vec::new();
            if let Some(b) = self.baseline {
                points.push((0.0, b));
            }
            points.extend(self.targets.iter().map(|(d, v)| (day(*d), *v)));
            chart.draw_series(DashedLineSeries::new(points, 8, 6, TARGET.stroke_width(2)))?;
        }
        if !self.actuals.is_empty() {
            let points: Vec<(f64, f64)> = self.actuals.iter().map(|(d, v)| (day(*d), *v)).collect();
            chart.draw_series(LineSeries::new(points.clone(), ACTUAL.stroke_width(3)))?;
            chart.draw_series(
                points
                    .into_iter()
                    .map(|p| Circle::new(p, 5, ACTUAL.filled())),
            )?;
        }
        root.present()?;
        Ok(())
    }
}

/// A bar chart (issue 14's results page): groups of bars side by side, one colour per
/// series, drawn like the indicator chart with no text; the page gives the labels, a
/// legend and the data as a table beside it.
#[derive(Debug, Clone, Default)]
pub struct BarChart {
    /// The element id the title and description are named from.
    pub id: String,
    pub title: String,
    pub description: String,
    /// One group per row of the table, each with one value per series.
    pub groups: Vec<Vec<u64>>,
}

/// The series' colours: apart in hue and in lightness, each dark enough against white.
pub const SERIES: [RGBColor; 5] = [
    RGBColor(0x1d, 0x4e, 0x89),
    RGBColor(0xb3, 0x4a, 0x00),
    RGBColor(0x2e, 0x7d, 0x32),
    RGBColor(0x6a, 0x1b, 0x9a),
    RGBColor(0x59, 0x59, 0x59),
];

/// A series' colour as `#rrggbb`, for the legend's swatch beside the chart.
pub fn series_colour(series: usize) -> String {
    let RGBColor(r, g, b) = SERIES[series % SERIES.len()];
    format!("#{r:02x}{g:02x}{b:02x}")
}

impl BarChart {
    /// The chart as an inline `<svg>` element, scaled to the width it is given.
    pub fn svg(&self) -> String {
        let mut svg = String::new();
        if self.draw(&mut svg).is_err() {
            svg.clear();
        }
        accessible(&svg, &self.id, &self.title, &self.description)
    }

    fn draw(&self, out: &mut String) -> Result<(), Box<dyn std::error::Error + '_>> {
        if self.groups.is_empty() {
            return Ok(());
        }
        let high = self
            .groups
            .iter()
            .flatten()
            .copied()
            .max()
            .unwrap_or(0)
            .max(1) as f64;
        let groups = self.groups.len() as f64;
        let root = SVGBackend::with_string(out, (WIDTH, HEIGHT)).into_drawing_area();
        root.fill(&WHITE)?;
        let mut chart = ChartBuilder::on(&root)
            .margin(14)
            .build_cartesian_2d(0.0..groups, 0.0..high * 1.05)?;
        for i in 0..=4 {
            let y = high * f64::from(i) / 4.0;
            chart.draw_series(LineSeries::new(
                [(0.0, y), (groups, y)],
                GRID.stroke_width(1),
            ))?;
        }
        for (g, values) in self.groups.iter().enumerate() {
            let n = values.len().max(1) as f64;
            // A group fills 80% of its slot, its bars side by side.
            let width = 0.8 / n;
            for (s, value) in values.iter().enumerate() {
                let left = g as f64 + 0.1 + width * s as f64;
                let colour = SERIES[s % SERIES.len()];
                chart.draw_series(std::iter::once(Rectangle::new(
                    [(left, 0.0), (left + width * 0.9, *value as f64)],
                    colour.filled(),
                )))?;
            }
        }
        root.present()?;
        Ok(())
    }
}

/// Makes plotters' SVG an accessible, scalable image: role `img` named by its title and
/// described by its description, its width the container's.
fn accessible(svg: &str, id: &str, title: &str, description: &str) -> String {
    let id = escape(id);
    let head = format!(
        "<svg class=\"chart\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" \
         viewBox=\"0 0 {WIDTH} {HEIGHT}\" preserveAspectRatio=\"xMidYMid meet\" \
         xmlns=\"http://www.w3.org/2000/svg\"><title id=\"{id}-title\">{}</title>\
         <desc id=\"{id}-desc\">{}</desc>",
        escape(title),
        escape(description)
    );
    // Everything inside plotters' root element, which carries a fixed size of its own.
    let body = svg
        .find("<svg")
        .and_then(|start| svg[start..].find('>').map(|end| start + end + 1))
        .and_then(|open| svg.rfind("</svg>").map(|close| &svg[open..close]))
        .unwrap_or("");
    format!("{head}{body}</svg>")
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn the_chart_is_an_accessible_svg_without_text() {
        let chart = IndicatorChart {
            id: "indicator-1".into(),
            title: "Days to a <decision>".into(),
            description: "Baseline 40, target 20.".into(),
            start: Some(date!(2027 - 01 - 01)),
            end: Some(date!(2030 - 12 - 31)),
            baseline: Some(40.0),
            targets: vec![(date!(2027 - 12 - 31), 35.0), (date!(2030 - 12 - 31), 20.0)],
            actuals: vec![(date!(2027 - 12 - 31), 37.0)],
        };
        let svg = chart.svg();
        assert!(
            svg.starts_with("<svg class=\"chart\" role=\"img\""),
            "{svg}"
        );
        assert!(svg.contains("<title id=\"indicator-1-title\">Days to a &lt;decision&gt;</title>"));
        assert!(svg.contains("<desc id=\"indicator-1-desc\">Baseline 40, target 20.</desc>"));
        assert!(svg.contains("<circle"), "the actual is a point");
        assert!(svg.contains("<polyline"), "lines are drawn");
        assert!(!svg.contains("<text"), "no text needs a font");
        assert!(!svg.contains("style="), "no inline style for the CSP");
        assert_eq!(svg.matches("<svg").count(), 1);
        assert!(svg.ends_with("</svg>"));
        // Nothing to draw without a period: still a named image.
        let empty = IndicatorChart {
            id: "x".into(),
            title: "T".into(),
            ..IndicatorChart::default()
        };
        assert!(empty.svg().contains("<title id=\"x-title\">T</title>"));
    }

    #[test]
    fn the_bar_chart_is_an_accessible_svg_without_text() {
        let chart = BarChart {
            id: "trials-by-status".into(),
            title: "Trials by status".into(),
            description: "12 trials: 10 ended.".into(),
            groups: vec![vec![1], vec![0], vec![10]],
        };
        let svg = chart.svg();
        assert!(
            svg.starts_with("<svg class=\"chart\" role=\"img\""),
            "{svg}"
        );
        assert!(svg.contains("<rect"), "bars are drawn");
        assert!(
            svg.to_lowercase().contains(&series_colour(0)),
            "in the first series' colour"
        );
        assert!(!svg.contains("<text"), "no text needs a font");
        assert!(!svg.contains("style="), "no inline style for the CSP");
        assert_eq!(series_colour(1), "#b34a00");
    }
}
