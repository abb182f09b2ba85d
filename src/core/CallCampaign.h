#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QTimeZone>

#include <optional>

namespace relais {

/// What came of one call (docs/sync-protocol.md, Call sessions).
enum class CallOutcome { Completed, NoAnswer, Busy, Voicemail, WrongNumber, Callback, Refused, DoNotCall };

namespace CallOutcomes {
/// Wire ids in display order: completed, no_answer, busy, voicemail, wrong_number, callback, refused, do_not_call.
const QStringList &ids();
QString id(CallOutcome outcome);
std::optional<CallOutcome> fromId(const QString &id);
/// The contact leaves the pool after it (completed, wrong number, refused, do not call).
bool isFinal(CallOutcome outcome);
} // namespace CallOutcomes

/// One survey question: single choice, multiple choice or free text.
struct SurveyQuestion {
    QString id;       ///< [a-z0-9_]{1,32}
    QString kind;     ///< "single", "multiple", "text"
    QString question;
    QStringList choices;
    QJsonObject toJson() const;
};

/// When a campaign may call: ISO weekdays (1 = Monday) and a daily window, in the organisation's time zone
/// (Europe/Paris).
struct CallingHours {
    QList<int> days{1, 2, 3, 4, 5, 6};
    QTime from{10, 0};
    QTime to{20, 0};

    static std::optional<CallingHours> fromJson(const QJsonObject &o, QString *error);
    QJsonObject toJson() const;
    bool isOpen(const QDateTime &at) const;
    /// The next opening at or after `at` (`at` itself when open); invalid when no day is open.
    QDateTime nextOpen(const QDateTime &at) const;
    /// The organisation's time zone.
    static QTimeZone timeZone();
    /// Midnight after `at` in the organisation's time zone.
    static QDateTime startOfNextDay(const QDateTime &at);
};

/// A phone-bank campaign as cadres write it (record type call_campaign): its fields checked and in canonical
/// form, and the rules that decide when a contact may be called again.
struct CallCampaign {
    QString id;
    QString zone;
    QString name;
    QJsonObject audience; ///< {"zones", "tags_in", "tags_out", "membership"}, checked by the server's AudienceSpec
    QString script;       ///< Markdown with tokens ({{first_name|…}})
    QList<SurveyQuestion> survey;
    CallingHours hours;
    int maxAttempts = 3;
    int retryDelayMinutes = 120;
    int leaseMinutes = 60;
    QStringList team; ///< usernames
    qint64 goal = 0;
    QString status = QStringLiteral("active"); ///< active, paused, closed
    QString language = QStringLiteral("fr");

    /// The client's fields of a record, checked (names the first problem in *error).
    static std::optional<CallCampaign> fromJson(const QJsonObject &o, QString *error);
    /// The client's fields, canonical.
    QJsonObject toJson() const;
    bool isActive() const { return status == QLatin1String("active"); }

    /// When the contact may be called again after `outcome` at `now` (its `attempts`-th call); an invalid time
    /// means never (the outcome is final or the attempts are used up). No answer and call back later wait for
    /// the next day at least; call back also for `callbackAt`.
    QDateTime nextAttempt(CallOutcome outcome, int attempts, const QDateTime &now, const QDateTime &callbackAt) const;
    /// Answers keyed by question id: a choice of a single question, a list of choices of a multiple one, a
    /// text of at most 2,000 characters; unknown questions or choices are refused.
    bool checkAnswers(const QJsonObject &answers, QString *error) const;
};

/// The call script's personalisation: the newsletter tokens {{first_name|fallback}}, {{last_name}},
/// {{commune}}, {{title}} and their French aliases ({{prenom}}, {{nom}}, {{commune}}, {{civilite}}).
namespace CallScript {
/// The tokens of `text` that are not known.
QStringList unknownTokens(const QString &text);
/// `text` with every token replaced by its value (by canonical name: first_name, last_name, commune, title),
/// or its fallback when the value is empty.
QString fill(const QString &text, const QHash<QString, QString> &values);
/// `text` filled with the fields of a call assignment (first_name, last_name, title, commune), as the volunteer's
/// client shows the campaign's script (the script comes once per campaign, in the volunteer's brief).
QString fillFor(const QString &text, const QJsonObject &assignment);
} // namespace CallScript

} // namespace relais
