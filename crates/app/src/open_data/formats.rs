//! The open data's files, written from the tables: a zip of one CSV per table with a
//! Frictionless Data Package (`datapackage.json`) describing every field, one JSON
//! document, and one workbook with a sheet per table. Text cells are made inert
//! ([`crate::exports::inert`]) where a spreadsheet could run them.

use std::io::Write;

use serde_json::{Map, Value, json};
use time::OffsetDateTime;

use super::tables::{Cell, Table, TableDef, rfc3339};
use crate::Error;

fn internal(e: impl std::fmt::Display) -> Error {
    Error::Internal(e.to_string())
}

/// One table as CSV: the header of its field names, then its rows. Text is made inert;
/// numbers and dates are written as they are (a negative number is not a formula).
pub fn csv(table: &Table) -> Result<Vec<u8>, Error> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer
        .write_record(table.def.fields.iter().map(|f| f.name))
        .map_err(internal)?;
    for row in &table.rows {
        writer
            .write_record(row.iter().map(|cell| match cell {
                Cell::Text(s) => crate::exports::inert(s),
                other => other.text(),
            }))
            .map_err(internal)?;
    }
    writer.into_inner().map_err(internal)
}

/// The file name of a table's CSV inside the zip.
pub fn csv_path(def: &TableDef) -> String {
    format!("{}.csv", def.name)
}

/// The Frictionless Data Package describing the CSV files: a tabular data resource per
/// table, with every field's name, type and description, its primary and foreign keys.
pub fn datapackage(
    name: &str,
    title: &str,
    tables: &[Table],
    generated_at: OffsetDateTime,
) -> Value {
    let resources: Vec<Value> = tables
        .iter()
        .map(|t| {
            let fields: Vec<Value> = t
                .def
                .fields
                .iter()
                .map(|f| {
                    json!({
                        "name": f.name,
                        "type": f.kind.as_str(),
                        "description": f.description,
                    })
                })
                .collect();
            let foreign_keys: Vec<Value> = t
                .def
                .foreign_keys
                .iter()
                .map(|fk| {
                    json!({
                        "fields": fk.field,
                        "reference": {"resource": fk.table, "fields": fk.reference},
                    })
                })
                .collect();
            let mut schema = Map::new();
            schema.insert("fields".into(), fields.into());
            schema.insert("missingValues".into(), json!([""]));
            schema.insert("primaryKey".into(), json!(t.def.primary_key));
            if !foreign_keys.is_empty() {
                schema.insert("foreignKeys".into(), foreign_keys.into());
            }
            json!({
                "profile": "tabular-data-resource",
                "name": t.def.name,
                "path": csv_path(t.def),
                "description": t.def.description,
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": schema,
            })
        })
        .collect();
    json!({
        "profile": "tabular-data-package",
        "name": name,
        "title": title,
        "created": rfc3339(generated_at),
        "resources": resources,
    })
}

/// The zip: every table's CSV and the data package.
pub fn zip(
    name: &str,
    title: &str,
    tables: &[Table],
    generated_at: OffsetDateTime,
) -> Result<Vec<u8>, Error> {
    use zip::write::SimpleFileOptions;
    let options = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let package = datapackage(name, title, tables, generated_at);
    writer
        .start_file("datapackage.json", options)
        .map_err(internal)?;
    writer
        .write_all(&serde_json::to_vec_pretty(&package).map_err(internal)?)
        .map_err(internal)?;
    for table in tables {
        writer
            .start_file(csv_path(table.def), options)
            .map_err(internal)?;
        writer.write_all(&csv(table)?).map_err(internal)?;
    }
    Ok(writer.finish().map_err(internal)?.into_inner())
}

/// The tables' rows as JSON objects by field name, table by table: what the digest of a
/// build is taken over (it holds no generation time).
pub fn json_tables(tables: &[Table]) -> Value {
    let mut out = Map::new();
    for t in tables {
        let rows: Vec<Value> = t
            .rows
            .iter()
            .map(|row| {
                let object: Map<String, Value> = t
                    .def
                    .fields
                    .iter()
                    .zip(row)
                    .map(|(f, cell)| (f.name.to_owned(), cell.json()))
                    .collect();
                Value::Object(object)
            })
            .collect();
        out.insert(t.def.name.to_owned(), rows.into());
    }
    Value::Object(out)
}

/// The JSON document: when it was generated, the dictionary of every table's fields, and
/// the tables.
pub fn json(
    name: &str,
    title: &str,
    tables: &[Table],
    generated_at: OffsetDateTime,
) -> Result<Vec<u8>, Error> {
    let dictionary: Map<String, Value> = tables
        .iter()
        .map(|t| {
            let fields: Vec<Value> = t
                .def
                .fields
                .iter()
                .map(|f| json!({"name": f.name, "type": f.kind.as_str(), "description": f.description}))
                .collect();
            (
                t.def.name.to_owned(),
                json!({"description": t.def.description, "fields": fields}),
            )
        })
        .collect();
    let document = json!({
        "name": name,
        "title": title,
        "generated_at": rfc3339(generated_at),
        "dictionary": dictionary,
        "tables": json_tables(tables),
    });
    serde_json::to_vec_pretty(&document).map_err(internal)
}

/// The workbook: a sheet per table, a bold header of field names, numbers as numbers and
/// text as text (a workbook's text cell is never run as a formula).
pub fn xlsx(tables: &[Table]) -> Result<Vec<u8>, Error> {
    use rust_xlsxwriter::{Format, Workbook};
    /// The most characters a cell holds.
    const MAX_CELL: usize = 32_767;
    let mut workbook = Workbook::new();
    let bold = Format::new().set_bold();
    for table in tables {
        let sheet = workbook.add_worksheet();
        sheet.set_name(table.def.name).map_err(internal)?;
        for (col, f) in (0u16..).zip(table.def.fields) {
            sheet
                .write_string_with_format(0, col, f.name, &bold)
                .map_err(internal)?;
        }
        for (r, row) in (1u32..).zip(&table.rows) {
            for (col, cell) in (0u16..).zip(row) {
                match cell {
                    Cell::Null => continue,
                    Cell::Integer(n) => {
                        // Identifiers and amounts stay exact below 2^53.
                        let n = *n as f64;
                        sheet.write_number(r, col, n).map_err(internal)?
                    }
                    Cell::Number(n) if !n.is_finite() => continue,
                    Cell::Number(n) => sheet.write_number(r, col, *n).map_err(internal)?,
                    Cell::Boolean(b) => sheet.write_boolean(r, col, *b).map_err(internal)?,
                    other => {
                        let text: String = other.text().chars().take(MAX_CELL).collect();
                        sheet.write_string(r, col, text).map_err(internal)?
                    }
                };
            }
        }
    }
    workbook.save_to_buffer().map_err(internal)
}
