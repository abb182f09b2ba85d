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
    /// RecipientKey is not written by users: it is the signed per-recipient key of tracking links.
    enum Token { Title, FirstName, LastName, Email, Commune, UnsubscribeUrl, RecipientKey, TokenCount };
    /// The values of one recipient, by Token; an empty value takes the token's fallback.
    using Values = std::array<QString, TokenCount>;
    struct Rendered {
        QString subject;
        QString html;
        QString text;
    };

    NewsletterTemplate() = default;
    /// `language` ("fr" or "en") is the recipients' one: the footer around the text is written in it.
    static NewsletterTemplate compile(const QString &subject, const QString &preheader, const QString &markdown,
                                      const QString &language = QStringLiteral("fr"));
    /// With tracking: every web link of the body leads through `trackingBase` + "c/KEY/N" (N its index in
    /// links()), and an invisible image `trackingBase` + "o/KEY.gif" counts opens; KEY is the RecipientKey value.
    static NewsletterTemplate compileTracked(const QString &subject, const QString &preheader, const QString &markdown,
                                             const QString &trackingBase, const QString &language = QStringLiteral("fr"));
    /// The body's link targets, in order, when compiled with tracking.
    const QStringList &links() const { return m_links; }

    /// Errors (unknown or unclosed tokens, links that lead nowhere) and warnings, in line order.
    const QList<NewsletterWarning> &warnings() const { return m_warnings; }
    /// No errors, and something to send.
    bool isSendable() const;
    Rendered render(const Values &values) const;

    /// Token names as written between braces, by Token (RecipientKey has none). French aliases are accepted
    /// too: {{civilite}}, {{prenom}}, {{nom}}, {{courriel}}, {{commune}}, {{lien_desinscription}}.
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
    QStringList m_links;
    bool m_empty = true;
};

} // namespace relais
