#include "MarkdownDocument.h"

#include <cmark.h>

#include <QRegularExpression>

#include <memory>

namespace relais {

namespace {

struct NodeDeleter {
    void operator()(cmark_node *n) const { cmark_node_free(n); }
};
struct IterDeleter {
    void operator()(cmark_iter *i) const { cmark_iter_free(i); }
};

/// The line of a node: inline nodes have none in cmark, their block has.
int lineOf(cmark_node *n)
{
    for (; n; n = cmark_node_parent(n))
        if (const int line = cmark_node_get_start_line(n); line > 0)
            return line;
    return 0;
}

QString literal(cmark_node *n)
{
    const char *s = cmark_node_get_literal(n);
    return s ? QString::fromUtf8(s) : QString();
}

bool isWebAddress(const QString &url)
{
    return url.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)
        || url.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
        || url.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive)
        || url.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive);
}

/// A link written `[Label](https://…){.button}` is a button: the `{.button}` after it is taken out of the text
/// and the link is marked with this title, which the HTML then turns into the button's inline style.
const char ButtonTitle[] = "relais-button";
const QLatin1String ButtonAttribute("{.button}");

void markButtons(cmark_node *doc)
{
    QList<cmark_node *> links;
    {
        std::unique_ptr<cmark_iter, IterDeleter> it(cmark_iter_new(doc));
        for (cmark_event_type ev; (ev = cmark_iter_next(it.get())) != CMARK_EVENT_DONE;) {
            cmark_node *n = cmark_iter_get_node(it.get());
            if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(n) == CMARK_NODE_LINK)
                links << n;
        }
    }
    for (cmark_node *link : std::as_const(links)) {
        cmark_node *next = cmark_node_next(link);
        if (!next || cmark_node_get_type(next) != CMARK_NODE_TEXT || !literal(next).startsWith(ButtonAttribute))
            continue;
        const QString rest = literal(next).mid(ButtonAttribute.size());
        if (rest.isEmpty())
            cmark_node_free(next); // unlinks it too
        else
            cmark_node_set_literal(next, rest.toUtf8().constData());
        cmark_node_set_title(link, ButtonTitle);
    }
}

QString withButtons(QString html)
{
    static const QRegularExpression button(QStringLiteral("<a href=\"([^\"]*)\" title=\"") + QLatin1String(ButtonTitle)
                                           + QStringLiteral("\">"));
    return html.replace(button, QStringLiteral(
        "<a style=\"display:inline-block;padding:12px 24px;background-color:#1565c0;color:#ffffff;font-weight:bold;"
        "text-decoration:none;border-radius:4px;\" href=\"\\1\">"));
}

/// Mail clients ignore style sheets: every element cmark writes gets its style inline.
QString withInlineStyles(QString html)
{
    static const std::pair<const char *, const char *> styles[] = {
        {"<h1>", "<h1 style=\"font-size:26px;line-height:1.25;margin:0 0 16px;\">"},
        {"<h2>", "<h2 style=\"font-size:21px;line-height:1.3;margin:24px 0 12px;\">"},
        {"<h3>", "<h3 style=\"font-size:18px;line-height:1.3;margin:20px 0 10px;\">"},
        {"<h4>", "<h4 style=\"font-size:16px;margin:16px 0 8px;\">"},
        {"<h5>", "<h5 style=\"font-size:16px;margin:16px 0 8px;\">"},
        {"<h6>", "<h6 style=\"font-size:16px;margin:16px 0 8px;\">"},
        {"<p>", "<p style=\"margin:0 0 16px;\">"},
        {"<ul>", "<ul style=\"margin:0 0 16px;padding-left:24px;\">"},
        {"<ol>", "<ol style=\"margin:0 0 16px;padding-left:24px;\">"},
        {"<ol start=", "<ol style=\"margin:0 0 16px;padding-left:24px;\" start="},
        {"<blockquote>", "<blockquote style=\"margin:0 0 16px;padding-left:12px;border-left:3px solid #cccccc;color:#555555;\">"},
        {"<a href=", "<a style=\"color:#1565c0;text-decoration:underline;\" href="},
        {"<img src=", "<img style=\"max-width:100%;height:auto;border:0;\" src="},
        {"<code>", "<code style=\"font-family:Menlo,Consolas,monospace;font-size:14px;\">"},
        {"<hr />", "<hr style=\"border:0;border-top:1px solid #dddddd;margin:24px 0;\" />"},
    };
    for (const auto &[from, to] : styles)
        html.replace(QLatin1String(from), QLatin1String(to));
    return html;
}

} // namespace

MarkdownDocument::MarkdownDocument(const QString &markdown, const std::function<bool(const QString &)> &isPlaceholder)
{
    const QByteArray utf8 = markdown.toUtf8();
    // CMARK_OPT_DEFAULT is safe: raw HTML is left out and javascript:/data: links are emptied.
    std::unique_ptr<cmark_node, NodeDeleter> doc(cmark_parse_document(utf8.constData(), size_t(utf8.size()), CMARK_OPT_DEFAULT));
    if (!doc)
        return;
    markButtons(doc.get());
    {
        char *html = cmark_render_html(doc.get(), CMARK_OPT_DEFAULT);
        m_html = withInlineStyles(withButtons(QString::fromUtf8(html)));
        free(html);
    }
    auto warn = [this](NewsletterWarning::Severity s, cmark_node *n, const QString &message) {
        m_warnings.append({s, lineOf(n), message});
    };
    QList<int> lists;         // next number of each open ordered list, -1 for bullets
    QList<qsizetype> opened;  // where each open link or image started in m_text
    bool warnedHtml = false;
    std::unique_ptr<cmark_iter, IterDeleter> it(cmark_iter_new(doc.get()));
    for (cmark_event_type ev; (ev = cmark_iter_next(it.get())) != CMARK_EVENT_DONE;) {
        cmark_node *n = cmark_iter_get_node(it.get());
        const bool enter = ev == CMARK_EVENT_ENTER;
        switch (cmark_node_get_type(n)) {
        case CMARK_NODE_TEXT: {
            const QString t = literal(n);
            m_text += t;
            if (t.contains(QLatin1String("**")) || t.contains(QLatin1String("__")))
                warn(NewsletterWarning::Severity::Warning, n,
                     tr("Bold or italic is not closed: put the same ** or __ after the words too."));
            if (t.contains(QLatin1String("](")) || (t.contains(u'[') && t.contains(u']')))
                warn(NewsletterWarning::Severity::Warning, n,
                     tr("This looks like a broken link: write [the words](https://address)."));
            break;
        }
        case CMARK_NODE_CODE:
        case CMARK_NODE_CODE_BLOCK:
            m_text += literal(n);
            break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
            m_text += u'\n';
            break;
        case CMARK_NODE_PARAGRAPH:
            if (!enter)
                m_text += cmark_node_get_type(cmark_node_parent(n)) == CMARK_NODE_ITEM ? QStringLiteral("\n")
                                                                                   : QStringLiteral("\n\n");
            break;
        case CMARK_NODE_HEADING:
            if (!enter)
                m_text += QStringLiteral("\n\n");
            break;
        case CMARK_NODE_THEMATIC_BREAK:
            m_text += QStringLiteral("----------\n\n");
            break;
        case CMARK_NODE_LIST:
            if (enter) {
                lists << (cmark_node_get_list_type(n) == CMARK_ORDERED_LIST ? cmark_node_get_list_start(n) : -1);
            } else {
                lists.removeLast();
                m_text += u'\n';
            }
            break;
        case CMARK_NODE_ITEM:
            if (enter && !lists.isEmpty()) {
                m_text += QString(2 * (lists.size() - 1), u' ');
                m_text += lists.last() < 0 ? QStringLiteral("- ") : QString::number(lists.last()++) + QStringLiteral(". ");
            }
            break;
        case CMARK_NODE_LINK:
        case CMARK_NODE_IMAGE: {
            const bool image = cmark_node_get_type(n) == CMARK_NODE_IMAGE;
            if (enter) {
                opened << m_text.size();
                break;
            }
            const qsizetype start = opened.takeLast();
            const QString label = m_text.mid(start);
            const QString url = QString::fromUtf8(cmark_node_get_url(n));
            const bool placeholder = isPlaceholder && isPlaceholder(url);
            if (image) {
                m_text.truncate(start);
                m_text += QStringLiteral("[") + (label.isEmpty() ? tr("image") : label) + QStringLiteral("]");
                if (label.isEmpty())
                    warn(NewsletterWarning::Severity::Warning, n,
                         tr("An image has no description: write ![what it shows](https://address) for readers who do not load images."));
                if (!placeholder && !url.startsWith(QLatin1String("https://"), Qt::CaseInsensitive))
                    warn(NewsletterWarning::Severity::Error, n,
                         tr("The image address “%1” must start with https://.").arg(url));
            } else {
                if (label != url && !url.isEmpty())
                    m_text += QStringLiteral(" (") + url + QStringLiteral(")");
                if (url.isEmpty())
                    warn(NewsletterWarning::Severity::Error, n, tr("The link “%1” has no address.").arg(label));
                else if (!placeholder && !isWebAddress(url))
                    warn(NewsletterWarning::Severity::Error, n,
                         tr("The link “%1” must lead to a web address (https://…) or an e-mail address (mailto:…).").arg(label));
            }
            break;
        }
        case CMARK_NODE_HTML_BLOCK:
        case CMARK_NODE_HTML_INLINE:
            if (!warnedHtml)
                warn(NewsletterWarning::Severity::Warning, n,
                     tr("HTML written in the text is left out of the e-mail: use the formatting buttons instead."));
            warnedHtml = true;
            break;
        default:
            break;
        }
    }
    while (m_text.endsWith(u'\n'))
        m_text.chop(1);
    m_text += u'\n';
}

} // namespace relais
