#pragma once

#include "NewsletterTemplate.h"
#include "RecordRepository.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTimer;
class QToolBar;
class QToolButton;

namespace relais {

class AudienceEditor;
class NewsletterPreview;
class NewsletterSender;
class ProfileSession;
class SyncController;
struct ApiResult;

/// Writes a newsletter (or a template): zone, sender identity, subject, preheader, and the Markdown body
/// with a formatting toolbar and personalisation fields; a live preview (HTML and plain text) personalised
/// with the first recipient; the checks (errors and warnings, with their line); the audience; and the
/// sending actions (test, now, scheduled) once the draft has reached the server. Drafts save themselves a
/// moment after each change. Newsletters the server has taken over (scheduled, sent...) are read-only.
class NewsletterEditor : public QWidget
{
    Q_OBJECT
public:
    explicit NewsletterEditor(ProfileSession *session, QWidget *parent = nullptr);

    void setSyncController(SyncController *sync);

    /// Opens a "newsletter" record (a newsletter or a template).
    void load(const SyncRecord &record);
    /// A new, unsaved draft: in `zone` (empty: the first zone the user may send to), with the content of
    /// `from` (a template or another newsletter: subject, preheader, body, sender, audience) if given.
    void newDraft(const QJsonObject &from = {}, const QString &zone = QString());
    /// Shows nothing (after deleting the open newsletter).
    void close();

    bool isOpen() const { return m_open; }
    bool isModified() const { return m_modified; }
    bool isReadOnly() const { return m_readOnly; }
    bool isTemplate() const;
    const SyncRecord &record() const { return m_record; }

    /// Saves the draft or template now. False with a message (also shown) on failure.
    bool save(QString *error = nullptr);
    /// Saves what is open now if it changed (before opening another one). False if that failed.
    bool saveIfModified();
    /// Saves a copy of the content as a new template named `name`.
    bool saveAsTemplate(const QString &name, QString *error = nullptr);
    /// Checks and previews now rather than after the pause in typing.
    void refreshNow();
    const NewsletterTemplate &compiled() const { return m_compiled; }
    /// Why sending (a test, now, scheduled) is not possible at the moment; empty when it is.
    QString sendBlockedReason() const;

    QPlainTextEdit *bodyEdit() const { return m_body; }
    NewsletterPreview *preview() const { return m_preview; }
    AudienceEditor *audienceEditor() const { return m_audience; }
    QListWidget *warningsList() const { return m_warnings; }
    QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    /// A record of type "newsletter" was written (this one, or a new template).
    void saved(const QString &id);
    void statisticsRequested(const QString &id);

private:
    QWidget *buildMessageTab();
    QToolBar *buildToolbar();
    QWidget *buildButtonBar();
    void fillZones(const QString &current);
    void fillSenders(const QString &current);
    SyncRecord recordFromForm() const;
    void edited();
    void zoneChanged();
    void updateSample();
    void showWarnings();
    void goToWarning(QListWidgetItem *item);
    void updateHeader();
    void updateButtons();
    void setReadOnly(bool readOnly);
    void showStatus(const QString &text);

    void saveAsTemplateWithDialog();
    void sendTest();
    void sendNow();
    void schedule();
    void cancelScheduled();
    bool prepareToSend();
    qint64 recipientCount() const;
    QString zoneText() const;
    void onSent(const QString &action, const ApiResult &result, const QString &error);

    QPointer<ProfileSession> m_session;
    QPointer<SyncController> m_sync;
    SyncRecord m_record;
    bool m_open = false;
    bool m_modified = false;
    bool m_readOnly = false;
    bool m_filling = false;
    bool m_handedOver = false; ///< sent or scheduled from here: read-only until the server's state arrives

    QLabel *m_title;
    QLabel *m_badge;
    QTabWidget *m_tabs;
    QComboBox *m_zoneCombo;
    QComboBox *m_senderCombo;
    QLabel *m_nameLabel;
    QLineEdit *m_nameEdit;
    QLineEdit *m_subjectEdit;
    QLineEdit *m_preheaderEdit;
    QToolBar *m_toolbar;
    QToolButton *m_fieldsButton = nullptr;
    QPlainTextEdit *m_body;
    QListWidget *m_warnings;
    NewsletterPreview *m_preview;
    AudienceEditor *m_audience;
    QLabel *m_statusLabel;
    QLabel *m_recipientsLabel;
    QPushButton *m_saveButton;
    QPushButton *m_templateButton;
    QPushButton *m_testButton;
    QPushButton *m_scheduleButton;
    QPushButton *m_sendButton;
    QPushButton *m_statsButton;
    QPushButton *m_cancelButton;
    QTimer *m_previewTimer;
    QTimer *m_autosaveTimer;
    NewsletterSender *m_sender;
    NewsletterTemplate m_compiled;
    NewsletterTemplate::Values m_sample;
    QString m_sampleName;
    QString m_pendingAction; ///< the sending action under way ("test", "send", "schedule", "cancel")
};

} // namespace relais
