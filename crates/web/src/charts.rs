//! Charts drawn on the server with no JavaScript: an indicator over time, with its
//! baseline, its target line and its actuals, drawn by plotters' SVG backend; and the bar
//! charts of a scheme's results page, laid out in HTML with a small SVG per bar.
//!
//! No SVG here holds text, so none needs a font (none is committed): the indicator chart
//! carries its `<title>` and `<desc>` (role `img`) and the page puts the legend and the data
//! as a table beside it; the bar chart writes its labels, values and ticks as HTML text
//! beside the bars, which lays out at any width.

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

/// A bar chart (issue 14's results page) laid out in HTML so that it reads on its own:
/// each group's label over its bars, each bar a small SVG (no text, so no font) with its
/// value written beside it, and with several series each bar named by its series too; an
/// axis of ticks under the bars, the grid lines inside each bar at the same steps. The
/// whole is one image (role `img`) named by its title and described by its description;
/// the page adds a legend of the colours and the data as a table.
#[derive(Debug, Clone, Default)]
pub struct BarChart {
    /// The element id the title and description are named from.
    pub id: String,
    pub title: String,
    pub description: String,
    /// One group per row of the table: its label and one value per series.
    pub groups: Vec<(String, Vec<u64>)>,
    /// The series' names, in the values' order.
    pub series: Vec<String>,
}

/// The series' colours: apart in hue and in lightness, each dark enough against white.
pub const SERIES: [RGBColor; 5] = [
    RGBColor(0x1d, 0x4e, 0x89),
    RGBColor(0xb3, 0x4a, 0x00),
    RGBColor(0x2e, 0x7d, 0x32),
    RGBColor(0x6a, 0x1b, 0x9a),
    RGBColor(0x59, 0x59, 0x59),
];

/// A series' colour as `#rrggbb`, for the bars and the legend's swatch.
pub fn series_colour(series: usize) -> String {
    let RGBColor(r, g, b) = SERIES[series % SERIES.len()];
    format!("#{r:02x}{g:02x}{b:02x}")
}

/// The axis of a bar chart whose largest value is `high`: the step between ticks and how
/// many steps, whole numbers that reach at least `high` (counts are whole).
pub fn axis(high: u64) -> (u64, u64) {
    if high <= 4 {
        (1, high.max(1))
    } else {
        (high.div_ceil(4), 4)
    }
}

impl BarChart {
    /// The chart as HTML, its numbers written by `number` (the page's locale).
    pub fn html(&self, number: impl Fn(u64) -> String) -> String {
        let id = escape(&self.id);
        let multi = self.series.len() > 1;
        let high = self
            .groups
            .iter()
            .flat_map(|(_, v)| v)
            .copied()
            .max()
            .unwrap_or(0);
        let (step, steps) = axis(high);
        let top = (step * steps) as f64;
        let mut out = format!(
            "<div class=\"bar-chart{}\" id=\"{id}\" role=\"img\" \
             aria-labelledby=\"{id}-title\" aria-describedby=\"{id}-desc\">\
             <span class=\"visually-hidden\" id=\"{id}-title\">{}</span>\
             <span class=\"visually-hidden\" id=\"{id}-desc\">{}</span>",
            if multi { " multi" } else { "" },
            escape(&self.title),
            escape(&self.description)
        );
        let grid: String = (1..steps)
            .map(|i| {
                let x = 100.0 * i as f64 / steps as f64;
                format!(
                    "<line x1=\"{x:.2}\" y1=\"0\" x2=\"{x:.2}\" y2=\"10\" stroke=\"#dddddd\" \
                     stroke-width=\"1\" vector-effect=\"non-scaling-stroke\"/>"
                )
            })
            .collect();
        for (label, values) in &self.groups {
            out.push_str(&format!(
                "<div class=\"bar-group\"><div class=\"bar-label\">{}</div>",
                escape(label)
            ));
            for (s, value) in values.iter().enumerate() {
                let width = 100.0 * *value as f64 / top;
                out.push_str("<div class=\"bar-line\">");
                if multi {
                    out.push_str(&format!(
                        "<span class=\"bar-series\">{}</span>",
                        escape(self.series.get(s).map(String::as_str).unwrap_or(""))
                    ));
                }
                out.push_str(&format!(
                    "<svg class=\"bar\" viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" \
                     aria-hidden=\"true\" focusable=\"false\">{grid}\
                     <rect x=\"0\" y=\"1\" width=\"{width:.2}\" height=\"8\" fill=\"{}\"/></svg>\
                     <span class=\"bar-value\">{}</span></div>",
                    series_colour(s),
                    escape(&number(*value))
                ));
            }
            out.push_str("</div>");
        }
        out.push_str("<div class=\"bar-line bar-axis\">");
        if multi {
            out.push_str("<span class=\"bar-series\"></span>");
        }
        out.push_str("<span class=\"bar-ticks\">");
        for i in 0..=steps {
            out.push_str(&format!("<span>{}</span>", escape(&number(i * step))));
        }
        out.push_str("</span><span class=\"bar-value\"></span></div></div>");
        out
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
    fn the_bar_chart_reads_on_its_own_with_labels_values_and_ticks() {
        let chart = BarChart {
            id: "chart-evidence".into(),
            title: "Evidence per <theme>".into(),
            description: "Theme A: strong 3, weak 1.".into(),
            groups: vec![
                ("Theme A".into(), vec![3, 1]),
                ("No theme".into(), vec![0, 7]),
            ],
            series: vec!["Strong".into(), "Weak".into()],
        };
        let html = chart.html(|n| format!("n{n}"));
        assert!(html.contains("role=\"img\""), "{html}");
        assert!(html.contains("id=\"chart-evidence-title\">Evidence per &lt;theme&gt;</span>"));
        assert!(html.contains("id=\"chart-evidence-desc\">Theme A: strong 3, weak 1.</span>"));
        // Every group is named and every bar carries its value and its series' name.
        assert!(html.contains("<div class=\"bar-label\">Theme A</div>"));
        assert!(html.contains("<div class=\"bar-label\">No theme</div>"));
        assert!(html.contains("<span class=\"bar-value\">n7</span>"));
        assert_eq!(
            html.matches("<span class=\"bar-series\">Weak</span>")
                .count(),
            2
        );
        // The axis: 7 needs steps of 2 up to 8, the longest bar 7/8 of the way.
        assert_eq!(axis(7), (2, 4));
        assert_eq!(axis(3), (1, 3));
        assert_eq!(axis(0), (1, 1));
        for tick in ["n0", "n2", "n4", "n6", "n8"] {
            assert!(
                html.contains(&format!("<span>{tick}</span>")),
                "tick {tick}"
            );
        }
        assert!(html.contains("width=\"87.50\""));
        assert!(html.contains(&series_colour(1)));
        // The bars are drawn without text or inline style (no font, and the CSP).
        assert!(!html.contains("<text"));
        assert!(!html.contains("style="));
        assert_eq!(series_colour(1), "#b34a00");
    }
}
