#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace relais {

/// Something in a newsletter the editor points out; errors make it unsendable.
struct NewsletterWarning {
    enum class Severity { Error, Warning };
    Severity severity = Severity::Warning;
    int line = 0; ///< 1-based line of the Markdown body; 0 for the subject or the preheader
    QString message; ///< translated
};

/// A Markdown body read with cmark (CommonMark): the HTML of the email (raw HTML in the source is never
/// passed through), a plain-text rendering for the text/plain part, and warnings about what would not
/// read as the author meant (links that do not lead to a web address, unclosed emphasis, broken links).
/// A link followed by `{.button}` (`[Sign the petition](https://…){.button}`) is shown as a button.
class MarkdownDocument
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownDocument)
public:
    /// `isPlaceholder` tells link destinations that are a personalisation token (checked elsewhere).
    explicit MarkdownDocument(const QString &markdown, const std::function<bool(const QString &)> &isPlaceholder = {});

    /// Body HTML with the inline styles mail clients need (no <style> sheets in many of them).
    const QString &html() const { return m_html; }
    const QString &plainText() const { return m_text; }
    const QList<NewsletterWarning> &warnings() const { return m_warnings; }

private:
    QString m_html;
    QString m_text;
    QList<NewsletterWarning> m_warnings;
};

} // namespace relais
