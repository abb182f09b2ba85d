#pragma once

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

namespace relais {

// One record of a CSV file.
struct CsvRow
{
    int line = 0;       // 1-based physical line where the record starts
    QStringList fields; // as parsed (a malformed record keeps what could be recovered)
    QString error;      // non-empty (and translatable) when the record is malformed
};

// RFC 4180 parser for a whole file already read into memory.
//
// Lenient where it is harmless, strict where data could be silently corrupted:
// - CRLF, LF and lone CR line breaks; line breaks inside quoted fields are kept as is;
// - blank records (empty lines, or lines made only of empty fields such as ";;;") are skipped;
// - blanks around a quoted field ( `a, "b;c" ,d` ) are ignored;
// - a stray quote inside an unquoted field, or text after a closing quote, marks the record as
//   malformed but keeps its fields;
// - an opening quote that is never closed properly (reaches the end of the file, or is "closed"
//   lines later by a quote followed by text) makes only its own physical line an error record;
//   parsing resumes on the next line, so later good rows are not swallowed;
// - a different field count than the header is NOT an error (the importer reports it); only
//   empty fields beyond the header width (trailing delimiters) are dropped.
class CsvDocument
{
public:
    // UTF-8 (with or without BOM) or UTF-16 with BOM; anything that is not valid UTF-8 is read as
    // Windows-1252 (bytes undefined in Windows-1252 map to the Latin-1 code points). The BOM is
    // stripped. encodingName receives "UTF-8", "UTF-16LE", "UTF-16BE" or "windows-1252".
    static QString decode(const QByteArray &data, QString *encodingName = nullptr);

    // Among ';' ',' '\t' '|': the one giving the most consistent field count (> 1) over the first
    // records, quoted parts being parsed, not counted. Defaults to ','.
    static QChar detectDelimiter(const QString &text);

    // The first non-blank record is the header (its fields are trimmed; trailing empty header
    // cells are dropped). A leading BOM in text is ignored.
    static CsvDocument parse(const QString &text, QChar delimiter);

    // decode() + detectDelimiter() + parse().
    static CsvDocument parse(const QByteArray &data);

    QStringList header;
    QList<CsvRow> rows;
    QChar delimiter = u',';
    QString encoding; // empty when parsed from a QString
};

class CsvWriter
{
public:
    // Quotes the field when needed (delimiter, quote, CR or LF inside), doubling quotes. Fields
    // starting with = + - @ (or tab / CR) get a leading apostrophe so spreadsheets do not evaluate
    // them as formulas, except phone numbers in international form ("+33 6 12 34 56 78").
    static QString escape(const QString &field, QChar delimiter);

    // The escaped fields joined by delimiter, terminated by "\r\n".
    static QString row(const QStringList &fields, QChar delimiter);
};

} // namespace relais
