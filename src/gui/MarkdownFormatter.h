#pragma once

#include <QCoreApplication>
#include <QString>

class QPlainTextEdit;

namespace relais {

/// The formatting buttons of the newsletter editor, written as Markdown into a QPlainTextEdit: each is
/// one undo step, and leaves selected what the user types next (the words, or the address to fill in).
class MarkdownFormatter
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownFormatter)
public:
    /// Puts `marker` ("**", "*") around the selection (or removes it when already there); without a
    /// selection, inserts `marker`placeholder`marker` with the placeholder selected.
    static void wrap(QPlainTextEdit *edit, const QString &marker, const QString &placeholder);
    /// Starts each selected line with `prefix` ("## ", "- "), or takes it away when every line has it.
    static void toggleLinePrefix(QPlainTextEdit *edit, const QString &prefix);
    /// Numbers the selected lines "1. ", "2. "... (or takes the numbers away when every line has one).
    static void toggleNumbers(QPlainTextEdit *edit);
    /// [selection](https://) with "https://" selected.
    static void insertLink(QPlainTextEdit *edit);
    /// ![description](https://) in a paragraph of its own, "https://" selected.
    static void insertImage(QPlainTextEdit *edit);
    /// [Label](https://){.button} in a paragraph of its own, "https://" selected.
    static void insertButton(QPlainTextEdit *edit);
    /// Inserts text at the cursor (a personalisation token).
    static void insertText(QPlainTextEdit *edit, const QString &text);

private:
    /// Inserts `text` as a paragraph of its own and selects `length` characters from `select` in it.
    static void insertParagraph(QPlainTextEdit *edit, const QString &text, qsizetype select, qsizetype length);
};

} // namespace relais
