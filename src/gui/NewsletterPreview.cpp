#include "NewsletterPreview.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace relais {

NewsletterPreview::NewsletterPreview(QWidget *parent)
    : QWidget(parent), m_subject(new QLabel(this)), m_preheader(new QLabel(this)), m_sample(new QLabel(this)),
      m_tabs(new QTabWidget(this)), m_browser(new QTextBrowser(this)), m_text(new QPlainTextEdit(this))
{
    m_subject->setObjectName(QStringLiteral("previewSubject"));
    m_subject->setTextFormat(Qt::PlainText);
    m_subject->setWordWrap(true);
    QFont bold = m_subject->font();
    bold.setBold(true);
    m_subject->setFont(bold);
    m_preheader->setTextFormat(Qt::PlainText);
    m_preheader->setWordWrap(true);
    m_preheader->setForegroundRole(QPalette::PlaceholderText);
    m_sample->setObjectName(QStringLiteral("previewSample"));
    m_sample->setTextFormat(Qt::PlainText);
    m_sample->setWordWrap(true);
    m_sample->setForegroundRole(QPalette::PlaceholderText);

    m_browser->setObjectName(QStringLiteral("previewBrowser"));
    m_browser->setOpenLinks(false); // a preview: links show where they lead (tooltip), nothing opens
    m_browser->setFrameShape(QFrame::NoFrame);
    m_text->setObjectName(QStringLiteral("plainTextPreview"));
    m_text->setReadOnly(true);
    m_text->setFrameShape(QFrame::NoFrame);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_tabs->setObjectName(QStringLiteral("previewTabs"));
    m_tabs->addTab(m_browser, tr("Preview"));
    m_tabs->addTab(m_text, tr("Plain text"));
    m_tabs->setTabToolTip(1, tr("The text-only version sent with the e-mail, for mail programs that do not show HTML"));
    connect(m_browser, &QTextBrowser::highlighted, m_browser, [this](const QUrl &url) {
        m_browser->setToolTip(url.isEmpty() ? QString() : url.toString());
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_subject);
    layout->addWidget(m_preheader);
    layout->addWidget(m_sample);
    layout->addSpacing(4);
    layout->addWidget(m_tabs, 1);
}

QString NewsletterPreview::plainText() const
{
    return m_text->toPlainText();
}

QString NewsletterPreview::forPreview(const QString &emailHtml)
{
    QString html = emailHtml;
    static const QRegularExpression hidden(QStringLiteral("<div style=\"display:none;[^\"]*\">.*?</div>"),
                                           QRegularExpression::DotMatchesEverythingOption);
    html.remove(hidden);
    // Nothing is downloaded in the preview: an image is a frame with its description and address.
    static const QRegularExpression image(QStringLiteral("<img [^>]*src=\"([^\"]*)\"[^>]*alt=\"([^\"]*)\"[^>]*/?>"));
    html.replace(image, QStringLiteral(
        "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"18\" style=\"margin:4px 0 16px;\"><tr>"
        "<td align=\"center\" bgcolor=\"#e3eaf2\" style=\"color:#44546a;\"><b>\\2</b><br>"
        "<span style=\"font-size:12px;color:#6b7c93;\">\\1</span></td></tr></table>"));
    // A button alone in its paragraph: a coloured cell, as mail programs draw it.
    static const QRegularExpression button(QStringLiteral(
        "<p style=\"[^\"]*\">(<a style=\"display:inline-block;[^\"]*\" href=\"[^\"]*\">.*?</a>)</p>"));
    html.replace(button, QStringLiteral(
        "<table cellspacing=\"0\" cellpadding=\"12\" style=\"margin:0 0 16px;\"><tr>"
        "<td bgcolor=\"#1565c0\" style=\"padding:12px 24px;\">\\1</td></tr></table>"));
    return html;
}

void NewsletterPreview::showNewsletter(const NewsletterTemplate &compiled, const NewsletterTemplate::Values &values,
                                       const QString &sample)
{
    const NewsletterTemplate::Rendered r = compiled.render(values);
    // The preheader as personalised: the hidden line at the top of the e-mail.
    static const QRegularExpression hidden(QStringLiteral("<div style=\"display:none;[^\"]*\">(.*?)</div>"),
                                           QRegularExpression::DotMatchesEverythingOption);
    const QString preheader = QTextDocumentFragment::fromHtml(hidden.match(r.html).captured(1)).toPlainText().trimmed();
    m_subject->setText(r.subject.trimmed().isEmpty() ? tr("(no subject)") : r.subject);
    m_preheader->setText(preheader);
    m_preheader->setVisible(!preheader.isEmpty());
    m_sample->setText(sample.isEmpty() ? tr("Shown as a contact without a name would see it (the fallbacks).")
                                       : tr("Shown as %1 will see it.").arg(sample));
    m_html = forPreview(r.html);
    // Keep the reader's place while the text is being written.
    const int scroll = m_browser->verticalScrollBar()->value();
    m_browser->setHtml(m_html);
    m_browser->verticalScrollBar()->setValue(scroll);
    const int textScroll = m_text->verticalScrollBar()->value();
    m_text->setPlainText(r.text);
    m_text->verticalScrollBar()->setValue(textScroll);
}

} // namespace relais
