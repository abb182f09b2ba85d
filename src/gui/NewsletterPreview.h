#pragma once

#include "NewsletterTemplate.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTextBrowser;

namespace relais {

/// What a recipient will see: the subject and preheader as an inbox shows them, then the e-mail as HTML
/// (QTextBrowser: images are shown as a frame with their description, as nothing is fetched from the
/// network here) and, in a second tab, its plain-text part.
class NewsletterPreview : public QWidget
{
    Q_OBJECT
public:
    explicit NewsletterPreview(QWidget *parent = nullptr);

    /// Renders `compiled` with `values`; `sample` names whose values they are (empty: the fallbacks).
    void showNewsletter(const NewsletterTemplate &compiled, const NewsletterTemplate::Values &values,
                        const QString &sample);

    /// The HTML given to the browser (the e-mail as rendered, adapted for the preview).
    QString html() const { return m_html; }
    QString plainText() const;
    QTextBrowser *browser() const { return m_browser; }
    QTabWidget *tabs() const { return m_tabs; }

    /// The e-mail's HTML adapted to QTextBrowser: the hidden preheader left out, images as framed
    /// descriptions, buttons as coloured cells.
    static QString forPreview(const QString &emailHtml);

private:
    QLabel *m_subject;
    QLabel *m_preheader;
    QLabel *m_sample;
    QTabWidget *m_tabs;
    QTextBrowser *m_browser;
    QPlainTextEdit *m_text;
    QString m_html;
};

} // namespace relais
