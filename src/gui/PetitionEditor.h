#pragma once

#include "RecordRepository.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTextBrowser;
class QToolButton;

namespace relais {

class ProfileSession;
class SyncController;

/// Writes a petition (a synced "petition" record): title, zone (those where the user holds
/// petitions.manage), public address (slug, suggested from the title) and its URL, goal, language, opening
/// and closing times, the newsletter opt-in wording, and the text in Markdown with its preview. The form
/// says what is wrong before saving; a petition of a zone the user does not manage is read-only.
class PetitionEditor : public QWidget
{
    Q_OBJECT
public:
    explicit PetitionEditor(ProfileSession *session, QWidget *parent = nullptr);

    void setSyncController(SyncController *sync);

    /// Opens a "petition" record.
    void load(const SyncRecord &record);
    /// A new, unsaved petition in the first zone the user manages.
    void newPetition();
    /// Shows nothing (after deleting the open petition).
    void close();

    bool isOpen() const { return m_open; }
    bool isModified() const { return m_modified; }
    bool isReadOnly() const { return m_readOnly; }
    const SyncRecord &record() const { return m_record; }

    /// What prevents saving the form as it is (translated, one sentence each); empty when it can be saved.
    QStringList problems() const;
    /// Saves now. False with a message (also shown) when the form has problems or the write failed.
    bool save(QString *error = nullptr);
    /// Saves what is open if it changed. False if that failed (what was typed stays in the form).
    bool saveIfModified();
    /// The public page of the petition ("https://server/p/slug"); empty without a server or a valid slug.
    QString publicUrl() const;
    /// The zone codes offered in the zone list.
    QStringList zoneChoices() const;

Q_SIGNALS:
    /// A petition record was written.
    void saved(const QString &id);

private:
    QWidget *buildForm();
    SyncRecord recordFromForm() const;
    void fillZones(const QString &current);
    void edited();
    void titleEdited();
    void slugEdited();
    void updateUrl();
    void updatePreview();
    void updateProblems();
    void setReadOnly(bool readOnly);

    QPointer<ProfileSession> m_session;
    QPointer<SyncController> m_sync;
    SyncRecord m_record;
    bool m_open = false;
    bool m_modified = false;
    bool m_readOnly = false;
    bool m_filling = false;
    bool m_slugFollowsTitle = true; ///< the address is still the one suggested by the title
    bool m_slugLocked = false;      ///< signed already: the address may not change any more

    QLabel *m_heading;
    QLineEdit *m_title;
    QComboBox *m_zone;
    QLineEdit *m_slug;
    QLabel *m_url;
    QToolButton *m_copyUrl;
    QSpinBox *m_goal;
    QComboBox *m_language;
    QCheckBox *m_opensSet;
    QDateTimeEdit *m_opens;
    QCheckBox *m_closesSet;
    QDateTimeEdit *m_closes;
    QLineEdit *m_optin;
    QPlainTextEdit *m_text;
    QTextBrowser *m_preview;
    QLabel *m_problems;
    QPushButton *m_save;
};

} // namespace relais
