#include "MarkdownFormatter.h"

#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>

#include <functional>

namespace relais {

namespace {
const QString AddressPlaceholder = QStringLiteral("https://");

void selectRange(QPlainTextEdit *edit, int from, int length)
{
    QTextCursor c = edit->textCursor();
    c.setPosition(from);
    c.setPosition(from + length, QTextCursor::KeepAnchor);
    edit->setTextCursor(c);
}

/// The blocks the selection touches (the cursor's block without one).
QList<QTextBlock> selectedBlocks(QPlainTextEdit *edit)
{
    const QTextCursor c = edit->textCursor();
    QTextBlock block = edit->document()->findBlock(c.selectionStart());
    const QTextBlock last = edit->document()->findBlock(c.selectionEnd());
    QList<QTextBlock> blocks;
    for (; block.isValid(); block = block.next()) {
        blocks << block;
        if (block == last)
            break;
    }
    return blocks;
}

/// Replaces the text of each block with `rewrite(text, index)`, in one undo step, and selects the lines.
void rewriteLines(QPlainTextEdit *edit, const std::function<QString(const QString &, int)> &rewrite)
{
    const QList<QTextBlock> blocks = selectedBlocks(edit);
    if (blocks.isEmpty())
        return;
    const int start = blocks.first().position();
    QTextCursor c(edit->document());
    c.beginEditBlock();
    int index = 0;
    for (const QTextBlock &b : blocks) {
        c.setPosition(b.position());
        c.setPosition(b.position() + b.length() - 1, QTextCursor::KeepAnchor);
        c.insertText(rewrite(b.text(), index++));
    }
    c.endEditBlock();
    const QTextBlock last = edit->document()->findBlock(c.position());
    selectRange(edit, start, last.position() + last.length() - 1 - start);
}
} // namespace

void MarkdownFormatter::wrap(QPlainTextEdit *edit, const QString &marker, const QString &placeholder)
{
    QTextCursor c = edit->textCursor();
    const qsizetype m = marker.size();
    if (!c.hasSelection()) {
        const int at = c.position();
        c.insertText(marker + placeholder + marker);
        selectRange(edit, int(at + m), int(placeholder.size()));
        return;
    }
    // Spaces selected at either end stay outside the markers ("**word** ", not "**word **").
    QString text = c.selectedText();
    int start = c.selectionStart();
    while (!text.isEmpty() && text.front().isSpace()) {
        text.remove(0, 1);
        ++start;
    }
    while (!text.isEmpty() && text.back().isSpace())
        text.chop(1);
    if (text.isEmpty())
        return;
    c.setPosition(start);
    c.setPosition(int(start + text.size()), QTextCursor::KeepAnchor);
    const bool wrapped = text.size() > 2 * m && text.startsWith(marker) && text.endsWith(marker);
    const QString inner = wrapped ? text.mid(m, text.size() - 2 * m) : text;
    c.insertText(wrapped ? inner : marker + inner + marker);
    selectRange(edit, int(wrapped ? start : start + m), int(inner.size()));
}

void MarkdownFormatter::toggleLinePrefix(QPlainTextEdit *edit, const QString &prefix)
{
    const QList<QTextBlock> blocks = selectedBlocks(edit);
    const bool all = std::all_of(blocks.cbegin(), blocks.cend(), [&prefix](const QTextBlock &b) {
        return b.text().startsWith(prefix) || b.text().trimmed().isEmpty();
    });
    const bool heading = prefix.startsWith(u'#');
    static const QRegularExpression anyHeading(QStringLiteral("^#{1,6} "));
    rewriteLines(edit, [&](const QString &line, int) -> QString {
        if (line.trimmed().isEmpty())
            return line;
        if (all)
            return line.mid(prefix.size());
        QString rest = line;
        if (heading)
            rest.remove(anyHeading); // "# Title" becomes "## Title", not "## # Title"
        return prefix + rest;
    });
}

void MarkdownFormatter::toggleNumbers(QPlainTextEdit *edit)
{
    static const QRegularExpression number(QStringLiteral("^\\d+\\. "));
    const QList<QTextBlock> blocks = selectedBlocks(edit);
    const bool all = std::all_of(blocks.cbegin(), blocks.cend(), [](const QTextBlock &b) {
        return number.match(b.text()).hasMatch() || b.text().trimmed().isEmpty();
    });
    int n = 0;
    rewriteLines(edit, [&](const QString &line, int) -> QString {
        if (line.trimmed().isEmpty())
            return line;
        QString rest = line;
        rest.remove(number);
        return all ? rest : QString::number(++n) + QStringLiteral(". ") + rest;
    });
}

void MarkdownFormatter::insertLink(QPlainTextEdit *edit)
{
    QTextCursor c = edit->textCursor();
    QString label = c.selectedText().trimmed();
    if (label.isEmpty())
        label = tr("link text");
    const int at = c.selectionStart();
    c.insertText(u'[' + label + QStringLiteral("](") + AddressPlaceholder + u')');
    selectRange(edit, int(at + label.size() + 3), int(AddressPlaceholder.size()));
}

void MarkdownFormatter::insertImage(QPlainTextEdit *edit)
{
    const QString description = tr("what the image shows");
    const QString text = QStringLiteral("![") + description + QStringLiteral("](") + AddressPlaceholder + u')';
    insertParagraph(edit, text, description.size() + 4, AddressPlaceholder.size());
}

void MarkdownFormatter::insertButton(QPlainTextEdit *edit)
{
    QString label = edit->textCursor().selectedText().trimmed();
    if (label.isEmpty())
        label = tr("Button label");
    const QString text = u'[' + label + QStringLiteral("](") + AddressPlaceholder + QStringLiteral("){.button}");
    insertParagraph(edit, text, label.size() + 3, AddressPlaceholder.size());
}

void MarkdownFormatter::insertText(QPlainTextEdit *edit, const QString &text)
{
    edit->textCursor().insertText(text);
}

void MarkdownFormatter::insertParagraph(QPlainTextEdit *edit, const QString &text, qsizetype select, qsizetype length)
{
    QTextCursor c = edit->textCursor();
    c.beginEditBlock();
    if (c.hasSelection())
        c.removeSelectedText();
    // Empty lines around it, or Markdown would join it to the paragraph before or after.
    QString before;
    if (!c.block().text().trimmed().isEmpty()) {
        c.movePosition(QTextCursor::EndOfBlock);
        before = QStringLiteral("\n\n");
    } else if (c.block().previous().isValid() && !c.block().previous().text().trimmed().isEmpty()) {
        before = QStringLiteral("\n");
    }
    const bool textFollows = c.block().next().isValid() && !c.block().next().text().trimmed().isEmpty();
    const int start = c.position() + int(before.size());
    c.insertText(before + text + (textFollows ? QStringLiteral("\n\n") : QString()));
    c.endEditBlock();
    selectRange(edit, int(start + select), int(length));
}

} // namespace relais
