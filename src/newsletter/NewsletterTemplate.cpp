#include "NewsletterTemplate.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace relais {

namespace {

// Tokens travel through cmark as plain letters and digits, which it leaves alone in text and in link addresses.
const QString MarkerStart = QStringLiteral("RLXTOK");
const QString MarkerEnd = QStringLiteral("KOTXLR");

QString marker(qsizetype index) { return MarkerStart + QString::number(index) + MarkerEnd; }

/// Token names in French, as a French-speaking writer would try them first.
int aliasToken(const QString &name)
{
    static const QHash<QString, int> aliases{
        {QStringLiteral("civilite"), NewsletterTemplate::Title},
        {QStringLiteral("civilité"), NewsletterTemplate::Title},
        {QStringLiteral("prenom"), NewsletterTemplate::FirstName},
        {QStringLiteral("prénom"), NewsletterTemplate::FirstName},
        {QStringLiteral("nom"), NewsletterTemplate::LastName},
        {QStringLiteral("courriel"), NewsletterTemplate::Email},
        {QStringLiteral("lien_desinscription"), NewsletterTemplate::UnsubscribeUrl},
        {QStringLiteral("lien_désinscription"), NewsletterTemplate::UnsubscribeUrl},
    };
    return aliases.value(name, -1);
}

QString unescapeAttribute(QString v)
{
    v.replace(QLatin1String("&quot;"), QLatin1String("\""));
    v.replace(QLatin1String("&lt;"), QLatin1String("<"));
    v.replace(QLatin1String("&gt;"), QLatin1String(">"));
    v.replace(QLatin1String("&#39;"), QLatin1String("'"));
    v.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return v;
}

/// What recipients read around the text (the footer), in the newsletter's language, whatever the language of
/// the program that renders it (the server has none): 0 = the HTML footer, 1 = the plain-text one.
QString recipientText(const QString &language, int which)
{
    if (language == QLatin1String("en")) {
        return which == 0 ? QStringLiteral("You receive this e-mail because you agreed to hear from us. "
                                           "<a href=\"%1\" style=\"color:#777777;\">Unsubscribe</a>.")
                          : QStringLiteral("To stop receiving these e-mails: %1");
    }
    return which == 0 ? QStringLiteral("Vous recevez cet e-mail parce que vous avez accepté d'avoir de nos nouvelles. "
                                       "<a href=\"%1\" style=\"color:#777777;\">Se désinscrire</a>.")
                      : QStringLiteral("Pour ne plus recevoir ces e-mails : %1");
}

int lineAt(const QString &text, qsizetype pos)
{
    return int(std::count(text.cbegin(), text.cbegin() + pos, u'\n')) + 1;
}

} // namespace

const QStringList &NewsletterTemplate::tokenNames()
{
    static const QStringList names{QStringLiteral("title"),   QStringLiteral("first_name"), QStringLiteral("last_name"),
                                   QStringLiteral("email"),   QStringLiteral("commune"),    QStringLiteral("unsubscribe_url")};
    return names;
}

NewsletterTemplate NewsletterTemplate::compile(const QString &subject, const QString &preheader, const QString &markdown,
                                               const QString &language)
{
    return compileTracked(subject, preheader, markdown, QString(), language);
}

NewsletterTemplate NewsletterTemplate::compileTracked(const QString &subject, const QString &preheader,
                                                      const QString &markdown, const QString &trackingBase,
                                                      const QString &language)
{
    NewsletterTemplate t;
    QList<std::pair<int, QString>> tokens; // by marker index: token, fallback
    // Replaces each {{name|fallback}} by a marker; unknown and unclosed tokens are errors (and left out).
    auto mark = [&](const QString &text, bool isBody) {
        QString out;
        out.reserve(text.size());
        qsizetype at = 0;
        for (;;) {
            const qsizetype open = text.indexOf(QLatin1String("{{"), at);
            if (open < 0) {
                out += QStringView(text).mid(at);
                return out;
            }
            out += QStringView(text).mid(at, open - at);
            const qsizetype close = text.indexOf(QLatin1String("}}"), open + 2);
            const qsizetype newline = text.indexOf(u'\n', open);
            const int line = isBody ? lineAt(text, open) : 0;
            if (close < 0 || (newline >= 0 && newline < close)) {
                t.m_warnings.append({NewsletterWarning::Severity::Error, line,
                                     tr("A personalisation token is not closed: write {{first_name}}, with }} at the end.")});
                at = open + 2;
                continue;
            }
            const QString inside = text.mid(open + 2, close - open - 2);
            const qsizetype bar = inside.indexOf(u'|');
            const QString name = (bar < 0 ? inside : inside.left(bar)).trimmed().toLower();
            const QString fallback = bar < 0 ? QString() : inside.mid(bar + 1).trimmed();
            int token = int(tokenNames().indexOf(name));
            if (token < 0)
                token = aliasToken(name);
            if (token < 0) {
                QStringList known;
                for (const QString &n : tokenNames())
                    known << QStringLiteral("{{") + n + QStringLiteral("}}");
                t.m_warnings.append({NewsletterWarning::Severity::Error, line,
                                     tr("Unknown personalisation token {{%1}}. The tokens are: %2.")
                                         .arg(inside.trimmed(), known.join(QStringLiteral(", ")))});
            } else {
                out += marker(tokens.size());
                tokens.append({token, fallback});
            }
            at = close + 2;
        }
    };

    if (subject.trimmed().isEmpty())
        t.m_warnings.append({NewsletterWarning::Severity::Error, 0, tr("The newsletter has no subject.")});
    if (markdown.trimmed().isEmpty())
        t.m_warnings.append({NewsletterWarning::Severity::Error, 0, tr("The newsletter has no text.")});
    t.m_empty = subject.trimmed().isEmpty() || markdown.trimmed().isEmpty();

    const QString markedSubject = mark(subject, false);
    const QString markedPreheader = mark(preheader, false);
    const MarkdownDocument body(mark(markdown, true), [](const QString &url) {
        return url.startsWith(MarkerStart) && url.endsWith(MarkerEnd);
    });
    t.m_warnings += body.warnings();
    std::stable_sort(t.m_warnings.begin(), t.m_warnings.end(),
                     [](const NewsletterWarning &a, const NewsletterWarning &b) { return a.line < b.line; });

    const QString unsubscribe = marker(tokens.size());
    tokens.append({UnsubscribeUrl, QString()});
    QString bodyHtml = body.html();
    if (!trackingBase.isEmpty()) {
        const QString key = marker(tokens.size());
        tokens.append({RecipientKey, QString()});
        // Web links lead through the tracking redirect; token links (the unsubscribe link) stay as they are.
        static const QRegularExpression href(QStringLiteral("href=\"(https?://[^\"]*)\""));
        QString out;
        qsizetype at = 0;
        for (auto it = href.globalMatch(bodyHtml); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            out += QStringView(bodyHtml).mid(at, m.capturedStart() - at);
            out += QStringLiteral("href=\"") + trackingBase + QStringLiteral("c/") + key + u'/'
                + QString::number(t.m_links.size()) + u'"';
            t.m_links << unescapeAttribute(m.captured(1));
            at = m.capturedEnd();
        }
        out += QStringView(bodyHtml).mid(at);
        bodyHtml = out + QStringLiteral("<img src=\"") + trackingBase + QStringLiteral("o/") + key
            + QStringLiteral(".gif\" width=\"1\" height=\"1\" alt=\"\" style=\"display:block;border:0;\">\n");
    }
    // The responsive frame: one 600 px column that shrinks on phones; the preheader is the hidden line
    // mail clients show next to the subject.
    const QString html =
        QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
        + markedSubject.toHtmlEscaped()
        + QStringLiteral("</title></head>\n<body style=\"margin:0;padding:0;background:#f2f2f2;\">\n"
                         "<div style=\"display:none;max-height:0;overflow:hidden;\">")
        + markedPreheader.toHtmlEscaped()
        + QStringLiteral("</div>\n<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" "
                         "style=\"background:#f2f2f2;\"><tr><td align=\"center\" style=\"padding:16px 8px;\">\n"
                         "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" "
                         "style=\"max-width:600px;background:#ffffff;border-radius:4px;\">\n"
                         "<tr><td style=\"padding:24px;font-family:Helvetica,Arial,sans-serif;font-size:16px;"
                         "line-height:1.5;color:#222222;\">\n")
        + bodyHtml
        + QStringLiteral("</td></tr>\n<tr><td style=\"padding:12px 24px 20px;font-family:Helvetica,Arial,sans-serif;"
                         "font-size:12px;line-height:1.4;color:#777777;\">")
        + recipientText(language, 0).arg(unsubscribe)
        + QStringLiteral("</td></tr>\n</table>\n</td></tr></table>\n</body></html>\n");
    const QString text = body.plainText() + QStringLiteral("\n-- \n")
        + recipientText(language, 1).arg(unsubscribe) + u'\n';

    t.m_subject = split(markedSubject, tokens);
    t.m_html = split(html, tokens);
    t.m_text = split(text, tokens);
    return t;
}

NewsletterTemplate::Pieces NewsletterTemplate::split(const QString &marked, const QList<std::pair<int, QString>> &tokens)
{
    static const QRegularExpression rx(MarkerStart + QStringLiteral("(\\d+)") + MarkerEnd);
    Pieces pieces;
    qsizetype at = 0;
    for (auto it = rx.globalMatch(marked); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const qsizetype index = m.captured(1).toLongLong();
        if (index < 0 || index >= tokens.size())
            continue; // text that happens to look like a marker
        Piece p;
        p.literal = marked.mid(at, m.capturedStart() - at);
        p.token = tokens.at(index).first;
        p.fallback = tokens.at(index).second;
        pieces.append(p);
        at = m.capturedEnd();
    }
    pieces.append(Piece{marked.mid(at), -1, QString()});
    return pieces;
}

bool NewsletterTemplate::isSendable() const
{
    return !m_empty && std::none_of(m_warnings.cbegin(), m_warnings.cend(), [](const NewsletterWarning &w) {
        return w.severity == NewsletterWarning::Severity::Error;
    });
}

QString NewsletterTemplate::render(const Pieces &pieces, const Values &values, bool html)
{
    QString out;
    qsizetype size = 0;
    for (const Piece &p : pieces)
        size += p.literal.size() + 32;
    out.reserve(size);
    for (const Piece &p : pieces) {
        out += p.literal;
        if (p.token < 0)
            continue;
        const QString &v = values[std::size_t(p.token)].isEmpty() ? p.fallback : values[std::size_t(p.token)];
        out += html ? v.toHtmlEscaped() : v;
    }
    return out;
}

NewsletterTemplate::Rendered NewsletterTemplate::render(const Values &values) const
{
    return {render(m_subject, values, false), render(m_html, values, true), render(m_text, values, false)};
}

} // namespace relais
