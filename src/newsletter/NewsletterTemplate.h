#pragma once

#include "MarkdownDocument.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>

namespace relais {

/// A newsletter prepared once and personalised per recipient: subject, preheader and Markdown body with
/// tokens such as {{first_name}} or {{first_name|Madame, Monsieur}} (the fallback when the contact has no
/// value). Compiling renders the Markdown once (cmark) into the responsive HTML email and its plain-text
/// alternative, cut into literal pieces and tokens, so that rendering a recipient is only concatenation.
class NewsletterTemplate
{
    Q_DECLARE_TR_FUNCTIONS(NewsletterTemplate)
public:
    enum Token { Title, FirstName, LastName, Email, Commune, UnsubscribeUrl, TokenCount };
    /// The values of one recipient, by Token; an empty value takes the token's fallback.
    using Values = std::array<QString, TokenCount>;
    struct Rendered {
        QString subject;
        QString html;
        QString text;
    };

    NewsletterTemplate() = default;
    static NewsletterTemplate compile(const QString &subject, const QString &preheader, const QString &markdown);

    /// Errors (unknown or unclosed tokens, links that lead nowhere) and warnings, in line order.
    const QList<NewsletterWarning> &warnings() const { return m_warnings; }
    /// No errors, and something to send.
    bool isSendable() const;
    Rendered render(const Values &values) const;

    /// Token names as written between braces, by Token.
    static const QStringList &tokenNames();

private:
    struct Piece {
        QString literal; ///< text before the token
        int token = -1;  ///< Token, or -1 at the end
        QString fallback;
    };
    using Pieces = QList<Piece>;
    static QString render(const Pieces &pieces, const Values &values, bool html);
    static Pieces split(const QString &marked, const QList<std::pair<int, QString>> &tokens);

    Pieces m_subject;
    Pieces m_html;
    Pieces m_text;
    QList<NewsletterWarning> m_warnings;
    bool m_empty = true;
};

} // namespace relais
