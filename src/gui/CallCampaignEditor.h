#pragma once

#include "RecordRepository.h"

#include <QJsonArray>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimeEdit;
class QToolButton;

namespace relais {

class ProfileSession;
class SyncController;
class TagsEditor;

/// Writes a phone-bank campaign (a synced "call_campaign" record, docs/sync-protocol.md "Call sessions"): name,
/// zone (those where the user holds calls.manage), language and status; who is called (zones within the
/// campaign's, tags in and out, membership); the script in Markdown with the personal fields; the survey
/// (questions with one choice, several choices or a written answer); the calling hours (weekdays and a time
/// range, Paris time); attempts, retry delay, lease, goal and the team (usernames). The form says what is
/// wrong before saving; a campaign of a zone the user does not manage is read-only.
class CallCampaignEditor : public QWidget
{
    Q_OBJECT
public:
    enum SurveyColumn { IdColumn = 0, KindColumn, QuestionColumn, ChoicesColumn, ColumnCount };

    explicit CallCampaignEditor(ProfileSession *session, QWidget *parent = nullptr);

    void setSyncController(SyncController *sync);

    /// Opens a "call_campaign" record.
    void load(const SyncRecord &record);
    /// A new, unsaved campaign in the first zone the user manages.
    void newCampaign();
    /// Shows nothing.
    void close();

    bool isOpen() const { return m_open; }
    bool isModified() const { return m_modified; }
    bool isReadOnly() const { return m_readOnly; }
    const SyncRecord &record() const { return m_record; }

    /// Adds a survey question (kind "single", "multiple" or "text"); returns its row.
    int addQuestion(const QString &id, const QString &kind, const QString &question, const QStringList &choices);
    /// Removes the survey question of `row`.
    void removeQuestion(int row);
    /// The survey as stored in the record ("survey").
    QJsonArray survey() const;
    /// Inserts a personal field ("first_name", "last_name", "commune") at the cursor of the script.
    void insertToken(const QString &token);

    /// What prevents saving the form as it is (translated, one sentence each); empty when it can be saved.
    QStringList problems() const;
    /// Saves now (then nudges sync). False with a message (also shown) when the form has problems or the
    /// write failed.
    bool save(QString *error = nullptr);
    /// Saves what is open if it changed. False if that failed (what was typed stays in the form).
    bool saveIfModified();
    /// The zone codes offered in the zone list.
    QStringList zoneChoices() const;

Q_SIGNALS:
    /// A call_campaign record was written.
    void saved(const QString &id);

private:
    QWidget *buildGeneral();
    QWidget *buildAudience();
    QWidget *buildScript();
    QWidget *buildSurvey();
    QWidget *buildRules();
    SyncRecord recordFromForm() const;
    void fillZones(const QString &current);
    void fillAudienceZones(const QStringList &checked);
    QStringList audienceZones() const;
    void edited();
    void updateProblems();
    void setReadOnly(bool readOnly);

    QPointer<ProfileSession> m_session;
    QPointer<SyncController> m_sync;
    SyncRecord m_record;
    bool m_open = false;
    bool m_modified = false;
    bool m_readOnly = false;
    bool m_filling = false;

    QLabel *m_heading;
    QLineEdit *m_name;
    QComboBox *m_zone;
    QComboBox *m_language;
    QComboBox *m_status;
    QListWidget *m_audienceZones;
    TagsEditor *m_tagsIn;
    TagsEditor *m_tagsOut;
    QList<QCheckBox *> m_membership;
    QPlainTextEdit *m_script;
    QToolButton *m_tokens;
    QTableWidget *m_survey;
    QPushButton *m_addQuestion;
    QPushButton *m_removeQuestion;
    QList<QCheckBox *> m_days;
    QTimeEdit *m_from;
    QTimeEdit *m_to;
    QSpinBox *m_maxAttempts;
    QSpinBox *m_retryDelay;
    QSpinBox *m_lease;
    QSpinBox *m_goal;
    TagsEditor *m_team;
    QLabel *m_problems;
    QPushButton *m_save;
};

} // namespace relais
