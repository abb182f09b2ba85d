#pragma once

#include "RecordRepository.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QPointer>
#include <QSet>
#include <QWidget>

class QAbstractButton;
class QDateTimeEdit;
class QFrame;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTextBrowser;
class QTimer;
class QVBoxLayout;

namespace relais {

class ProfileSession;
class SyncController;

/// The focused window of a phone-bank volunteer (often on a borrowed laptop): one person at a time, and
/// nothing else of the database. Reads the campaign's "call_assignment" records from the replica (the
/// contacts the server leased to this user), shows the current person (name, commune, phone with a tel: link
/// and a Copy button), the script (Markdown, already filled by the server), the survey as widgets, a call
/// timer and notes; big outcome buttons (keys 1 to 8) record a "call_result" and move to the next person.
/// An assignment that has a result here is not shown again, so a claimed batch can be called offline.
/// "Get more contacts" claims a batch from the server; "Give back" releases the current person.
class VolunteerWindow : public QWidget
{
    Q_OBJECT
public:
    VolunteerWindow(ProfileSession *session, const QString &campaignId, const QString &campaignName,
                    QWidget *parent = nullptr);

    void setSyncController(SyncController *sync);
    QString campaignId() const { return m_campaignId; }
    /// The campaign's entry of GET /calls/mine (goal, completed, my_calls...), for the progress shown.
    void setCampaignInfo(const QJsonObject &mine);

    /// Reads the assignments again (after a sync), keeping the current person when still there.
    void reload();
    /// The assignment shown (empty record when none is left).
    const SyncRecord &current() const { return m_current; }
    /// Assignments still to call, the current one included.
    int remaining() const { return int(m_queue.size()); }

    /// Records `outcome` for the current person ("completed", "no_answer", ... see CallLiveView::outcomes())
    /// with the survey's answers, the notes and the call's duration, then shows the next person.
    /// `callbackAt` is for "callback". False (with a message shown) when nothing was recorded.
    bool recordOutcome(const QString &outcome, const QDateTime &callbackAt = {});
    /// The survey's answers as filled in ({"question id": "choice" | ["choices"] | "text"}).
    QJsonObject answers() const;
    /// Starts the call timer (the "Start call" button and the tel: link do).
    void startCall();
    /// Seconds since the call started (0 when not started).
    int callSeconds() const;

    /// Asks the server for more contacts (POST /calls/campaigns/ID/claim), then syncs.
    void claimMore();
    /// Shows the server's answer to a claim ({"assignments", "reason", "next_open"}).
    void showClaimAnswer(const QJsonObject &answer);
    /// Gives the current person back to the pool (POST /calls/assignments/ID/release).
    void giveBack();
    /// The line telling what happened last (claim, record, error).
    QString statusText() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *buildCard();
    QWidget *buildOutcomes();
    QWidget *buildEmpty();
    void showCurrent();
    void buildSurvey(const QJsonArray &survey);
    void askCallback();
    void askDoNotCall();
    void hideQuestion();
    void updateTimer();
    void updateProgress();
    void updateActions();
    void setStatus(const QString &text);
    /// Results recorded here for this campaign: all of them, and completed ones not yet acknowledged.
    void countLocal(int *results, int *pendingResults, int *pendingCompleted) const;

    QPointer<ProfileSession> m_session;
    QPointer<SyncController> m_sync;
    QString m_campaignId;
    QString m_campaignName;
    QJsonObject m_info;
    QList<SyncRecord> m_queue;
    SyncRecord m_current;
    QJsonObject m_brief; ///< the campaign's call_brief record: name, goal, script (with its tokens), survey
    QSet<QString> m_released;
    int m_recordedHere = 0;
    bool m_claiming = false;
    QElapsedTimer m_callClock;

    QLabel *m_title;
    QLabel *m_progressLabel;
    QProgressBar *m_progress;
    QStackedWidget *m_pages;
    QLabel *m_name;
    QLabel *m_commune;
    QLabel *m_phone;
    QLabel *m_telLink;
    QPushButton *m_copyPhone;
    QLabel *m_attempt;
    QTextBrowser *m_script;
    QWidget *m_surveyBox;
    QVBoxLayout *m_surveyLayout;
    QPushButton *m_startCall;
    QLabel *m_timerLabel;
    QPlainTextEdit *m_notes;
    QList<QPushButton *> m_outcomeButtons;
    QFrame *m_question;
    QLabel *m_questionText;
    QDateTimeEdit *m_callbackAt;
    QPushButton *m_confirm;
    QPushButton *m_cancelQuestion;
    QString m_pendingOutcome;
    QLabel *m_emptyText;
    QPushButton *m_claim;
    QPushButton *m_emptyClaim;
    QPushButton *m_giveBack;
    QLabel *m_status;
    QTimer *m_tick;
};

} // namespace relais
