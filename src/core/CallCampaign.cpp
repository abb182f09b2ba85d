#include "CallCampaign.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace relais {

namespace {

constexpr qsizetype MaxNameChars = 200;
constexpr qsizetype MaxScriptChars = 50 * 1024;
constexpr qsizetype MaxQuestionChars = 500;
constexpr qsizetype MaxChoiceChars = 200;
constexpr qsizetype MaxAnswerChars = 2000;
constexpr int MaxQuestions = 30;
constexpr int MaxChoices = 20;
constexpr int MaxTeam = 2000;
constexpr qint64 MaxGoal = 100'000'000;

struct OutcomeInfo {
    CallOutcome outcome;
    const char *id;
    bool final;
};

constexpr OutcomeInfo Outcomes[] = {
    {CallOutcome::Completed, "completed", true},     {CallOutcome::NoAnswer, "no_answer", false},
    {CallOutcome::Busy, "busy", false},              {CallOutcome::Voicemail, "voicemail", false},
    {CallOutcome::WrongNumber, "wrong_number", true}, {CallOutcome::Callback, "callback", false},
    {CallOutcome::Refused, "refused", true},         {CallOutcome::DoNotCall, "do_not_call", true},
};

bool wholeNumber(const QJsonValue &v, qint64 min, qint64 max, qint64 fallback, qint64 *out)
{
    if (v.isUndefined() || v.isNull()) {
        *out = fallback;
        return true;
    }
    if (!v.isDouble() || v.toDouble() != double(v.toInteger()) || v.toInteger() < min || v.toInteger() > max)
        return false;
    *out = v.toInteger();
    return true;
}

std::optional<QString> text(const QJsonObject &o, const char *name, qsizetype max, QString *error)
{
    const QJsonValue v = o.value(QLatin1String(name));
    if (v.isUndefined() || v.isNull())
        return QString();
    if (!v.isString() || v.toString().size() > max) {
        *error = QStringLiteral("%1 must be a text of at most %2 characters").arg(QLatin1String(name)).arg(max);
        return std::nullopt;
    }
    return v.toString().trimmed();
}

QTime parseTime(const QJsonValue &v)
{
    return v.isString() ? QTime::fromString(v.toString(), QStringLiteral("HH:mm")) : QTime();
}

const QRegularExpression &tokenPattern()
{
    static const QRegularExpression re(QStringLiteral("\\{\\{\\s*([A-Za-z_]+)\\s*(?:\\|([^}]*))?\\}\\}"));
    return re;
}

QString canonicalToken(const QString &name)
{
    static const QHash<QString, QString> names{
        {QStringLiteral("first_name"), QStringLiteral("first_name")}, {QStringLiteral("prenom"), QStringLiteral("first_name")},
        {QStringLiteral("last_name"), QStringLiteral("last_name")},   {QStringLiteral("nom"), QStringLiteral("last_name")},
        {QStringLiteral("commune"), QStringLiteral("commune")},       {QStringLiteral("title"), QStringLiteral("title")},
        {QStringLiteral("civilite"), QStringLiteral("title")},
    };
    return names.value(name.toLower());
}

} // namespace

const QStringList &CallOutcomes::ids()
{
    static const QStringList list = [] {
        QStringList l;
        for (const OutcomeInfo &o : Outcomes)
            l << QLatin1String(o.id);
        return l;
    }();
    return list;
}

QString CallOutcomes::id(CallOutcome outcome)
{
    for (const OutcomeInfo &o : Outcomes)
        if (o.outcome == outcome)
            return QLatin1String(o.id);
    return {};
}

std::optional<CallOutcome> CallOutcomes::fromId(const QString &id)
{
    for (const OutcomeInfo &o : Outcomes)
        if (id == QLatin1String(o.id))
            return o.outcome;
    return std::nullopt;
}

bool CallOutcomes::isFinal(CallOutcome outcome)
{
    for (const OutcomeInfo &o : Outcomes)
        if (o.outcome == outcome)
            return o.final;
    return true;
}

QJsonObject SurveyQuestion::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("question"), question},
            {QStringLiteral("choices"), QJsonArray::fromStringList(choices)}};
}

QTimeZone CallingHours::timeZone()
{
    static const QTimeZone paris(QByteArrayLiteral("Europe/Paris"));
    return paris.isValid() ? paris : QTimeZone(3600);
}

std::optional<CallingHours> CallingHours::fromJson(const QJsonObject &o, QString *error)
{
    CallingHours h;
    const QJsonValue days = o.value(QLatin1String("days"));
    if (!days.isUndefined()) {
        if (!days.isArray()) {
            *error = QStringLiteral("hours.days must be a list of weekdays 1 (Monday) to 7 (Sunday)");
            return std::nullopt;
        }
        h.days.clear();
        for (const QJsonValue &d : days.toArray()) {
            qint64 day = 0;
            if (!wholeNumber(d, 1, 7, 0, &day) || day == 0) {
                *error = QStringLiteral("hours.days must be a list of weekdays 1 (Monday) to 7 (Sunday)");
                return std::nullopt;
            }
            if (!h.days.contains(int(day)))
                h.days << int(day);
        }
        std::sort(h.days.begin(), h.days.end());
    }
    for (const char *name : {"from", "to"}) {
        const QJsonValue v = o.value(QLatin1String(name));
        if (v.isUndefined())
            continue;
        const QTime t = parseTime(v);
        if (!t.isValid()) {
            *error = QStringLiteral("hours.%1 must be a time HH:MM").arg(QLatin1String(name));
            return std::nullopt;
        }
        (qstrcmp(name, "from") == 0 ? h.from : h.to) = t;
    }
    if (h.to <= h.from) {
        *error = QStringLiteral("hours.to must come after hours.from");
        return std::nullopt;
    }
    return h;
}

QJsonObject CallingHours::toJson() const
{
    QJsonArray d;
    for (int day : days)
        d.append(day);
    return {{QStringLiteral("days"), d},
            {QStringLiteral("from"), from.toString(QStringLiteral("HH:mm"))},
            {QStringLiteral("to"), to.toString(QStringLiteral("HH:mm"))}};
}

bool CallingHours::isOpen(const QDateTime &at) const
{
    const QDateTime local = at.toTimeZone(timeZone());
    const QTime t = local.time();
    return days.contains(local.date().dayOfWeek()) && t >= from && t < to;
}

QDateTime CallingHours::nextOpen(const QDateTime &at) const
{
    if (days.isEmpty())
        return {};
    if (isOpen(at))
        return at;
    const QTimeZone tz = timeZone();
    const QDateTime local = at.toTimeZone(tz);
    for (int i = 0; i <= 7; ++i) {
        const QDate day = local.date().addDays(i);
        if (!days.contains(day.dayOfWeek()))
            continue;
        const QDateTime opening(day, from, tz);
        if (opening > at)
            return opening.toUTC();
    }
    return {};
}

QDateTime CallingHours::startOfNextDay(const QDateTime &at)
{
    const QTimeZone tz = timeZone();
    return QDateTime(at.toTimeZone(tz).date().addDays(1), QTime(0, 0), tz).toUTC();
}

std::optional<CallCampaign> CallCampaign::fromJson(const QJsonObject &o, QString *error)
{
    CallCampaign c;
    c.id = o.value(QLatin1String("id")).toString();
    c.zone = o.value(QLatin1String("zone")).toString().toUpper();
    const auto name = text(o, "name", MaxNameChars, error);
    const auto script = text(o, "script", MaxScriptChars, error);
    if (!name || !script)
        return std::nullopt;
    c.name = *name;
    c.script = *script;
    if (c.name.isEmpty()) {
        *error = QStringLiteral("a call campaign needs a name");
        return std::nullopt;
    }
    const QStringList unknown = CallScript::unknownTokens(c.script);
    if (!unknown.isEmpty()) {
        *error = QStringLiteral("script: unknown personalisation token {{%1}}").arg(unknown.first());
        return std::nullopt;
    }
    const QJsonValue audience = o.value(QLatin1String("audience"));
    if (!audience.isObject()) {
        *error = QStringLiteral("audience must be an object with zones");
        return std::nullopt;
    }
    c.audience = audience.toObject();

    const QJsonValue survey = o.value(QLatin1String("survey"));
    if (!survey.isUndefined() && !survey.isNull() && !survey.isArray()) {
        *error = QStringLiteral("survey must be a list of questions");
        return std::nullopt;
    }
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9_]{1,32}$"));
    QSet<QString> ids;
    for (const QJsonValue &qv : survey.toArray()) {
        if (c.survey.size() >= MaxQuestions) {
            *error = QStringLiteral("survey: at most %1 questions").arg(MaxQuestions);
            return std::nullopt;
        }
        const QJsonObject qo = qv.toObject();
        SurveyQuestion q;
        q.id = qo.value(QLatin1String("id")).toString();
        q.kind = qo.value(QLatin1String("kind")).toString();
        const auto question = text(qo, "question", MaxQuestionChars, error);
        if (!question)
            return std::nullopt;
        q.question = *question;
        if (!idPattern.match(q.id).hasMatch() || ids.contains(q.id)) {
            *error = QStringLiteral("survey: each question needs its own id of 1 to 32 characters a-z 0-9 _");
            return std::nullopt;
        }
        ids.insert(q.id);
        if (q.question.isEmpty()) {
            *error = QStringLiteral("survey: question %1 has no text").arg(q.id);
            return std::nullopt;
        }
        if (q.kind != QLatin1String("single") && q.kind != QLatin1String("multiple") && q.kind != QLatin1String("text")) {
            *error = QStringLiteral("survey: question %1 is single, multiple or text").arg(q.id);
            return std::nullopt;
        }
        const QJsonArray choices = qo.value(QLatin1String("choices")).toArray();
        for (const QJsonValue &ch : choices) {
            const QString s = ch.toString().trimmed();
            if (!ch.isString() || s.isEmpty() || s.size() > MaxChoiceChars || q.choices.contains(s)) {
                *error = QStringLiteral("survey: the choices of %1 are distinct texts of 1 to %2 characters")
                             .arg(q.id)
                             .arg(MaxChoiceChars);
                return std::nullopt;
            }
            q.choices << s;
        }
        if (q.kind == QLatin1String("text") && !q.choices.isEmpty()) {
            *error = QStringLiteral("survey: the text question %1 takes no choices").arg(q.id);
            return std::nullopt;
        }
        if (q.kind != QLatin1String("text") && (q.choices.size() < 2 || q.choices.size() > MaxChoices)) {
            *error = QStringLiteral("survey: question %1 needs 2 to %2 choices").arg(q.id).arg(MaxChoices);
            return std::nullopt;
        }
        c.survey << q;
    }

    const QJsonValue hours = o.value(QLatin1String("hours"));
    if (!hours.isUndefined() && !hours.isNull()) {
        if (!hours.isObject()) {
            *error = QStringLiteral("hours must be an object {days, from, to}");
            return std::nullopt;
        }
        const auto h = CallingHours::fromJson(hours.toObject(), error);
        if (!h)
            return std::nullopt;
        c.hours = *h;
    }
    qint64 n = 0;
    if (!wholeNumber(o.value(QLatin1String("max_attempts")), 1, 10, 3, &n)) {
        *error = QStringLiteral("max_attempts must be a whole number from 1 to 10");
        return std::nullopt;
    }
    c.maxAttempts = int(n);
    if (!wholeNumber(o.value(QLatin1String("retry_delay_minutes")), 0, 10080, 120, &n)) {
        *error = QStringLiteral("retry_delay_minutes must be a whole number from 0 to 10080");
        return std::nullopt;
    }
    c.retryDelayMinutes = int(n);
    if (!wholeNumber(o.value(QLatin1String("lease_minutes")), 1, 1440, 60, &n)) {
        *error = QStringLiteral("lease_minutes must be a whole number from 1 to 1440");
        return std::nullopt;
    }
    c.leaseMinutes = int(n);
    if (!wholeNumber(o.value(QLatin1String("goal")), 0, MaxGoal, 0, &c.goal)) {
        *error = QStringLiteral("goal must be a whole number from 0 to %1").arg(MaxGoal);
        return std::nullopt;
    }
    const QJsonValue team = o.value(QLatin1String("team"));
    if (!team.isUndefined() && !team.isNull() && !team.isArray()) {
        *error = QStringLiteral("team must be a list of user names");
        return std::nullopt;
    }
    for (const QJsonValue &u : team.toArray()) {
        const QString name = u.toString().trimmed().toLower();
        if (!u.isString() || name.isEmpty() || name.size() > 64) {
            *error = QStringLiteral("team must be a list of user names");
            return std::nullopt;
        }
        if (!c.team.contains(name))
            c.team << name;
    }
    if (c.team.size() > MaxTeam) {
        *error = QStringLiteral("team: at most %1 volunteers").arg(MaxTeam);
        return std::nullopt;
    }
    c.status = o.value(QLatin1String("status")).toString(QStringLiteral("active"));
    if (c.status != QLatin1String("active") && c.status != QLatin1String("paused") && c.status != QLatin1String("closed")) {
        *error = QStringLiteral("status is active, paused or closed");
        return std::nullopt;
    }
    c.language = o.value(QLatin1String("language")).toString(QStringLiteral("fr"));
    if (c.language != QLatin1String("fr") && c.language != QLatin1String("en")) {
        *error = QStringLiteral("language is fr or en");
        return std::nullopt;
    }
    return c;
}

QJsonObject CallCampaign::toJson() const
{
    QJsonArray questions;
    for (const SurveyQuestion &q : survey)
        questions.append(q.toJson());
    return {{QStringLiteral("id"), id},
            {QStringLiteral("zone"), zone},
            {QStringLiteral("name"), name},
            {QStringLiteral("audience"), audience},
            {QStringLiteral("script"), script},
            {QStringLiteral("survey"), questions},
            {QStringLiteral("hours"), hours.toJson()},
            {QStringLiteral("max_attempts"), maxAttempts},
            {QStringLiteral("retry_delay_minutes"), retryDelayMinutes},
            {QStringLiteral("lease_minutes"), leaseMinutes},
            {QStringLiteral("team"), QJsonArray::fromStringList(team)},
            {QStringLiteral("goal"), goal},
            {QStringLiteral("status"), status},
            {QStringLiteral("language"), language}};
}

QDateTime CallCampaign::nextAttempt(CallOutcome outcome, int attempts, const QDateTime &now, const QDateTime &callbackAt) const
{
    if (CallOutcomes::isFinal(outcome) || attempts >= maxAttempts)
        return {};
    switch (outcome) {
    case CallOutcome::NoAnswer:
        return std::max(now.addSecs(qint64(retryDelayMinutes) * 60), CallingHours::startOfNextDay(now));
    case CallOutcome::Callback: {
        const QDateTime tomorrow = CallingHours::startOfNextDay(now);
        return callbackAt.isValid() ? std::max(callbackAt.toUTC(), tomorrow) : tomorrow;
    }
    default:
        return now.addSecs(qint64(retryDelayMinutes) * 60);
    }
}

bool CallCampaign::checkAnswers(const QJsonObject &answers, QString *error) const
{
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        const auto q = std::find_if(survey.begin(), survey.end(), [&](const SurveyQuestion &s) { return s.id == it.key(); });
        if (q == survey.end()) {
            *error = QStringLiteral("answers: no question %1 in this campaign's survey").arg(it.key());
            return false;
        }
        const QJsonValue v = it.value();
        if (q->kind == QLatin1String("text")) {
            if (!v.isString() || v.toString().size() > MaxAnswerChars) {
                *error = QStringLiteral("answers: %1 takes a text of at most %2 characters").arg(q->id).arg(MaxAnswerChars);
                return false;
            }
        } else if (q->kind == QLatin1String("single")) {
            if (!v.isString() || !q->choices.contains(v.toString())) {
                *error = QStringLiteral("answers: %1 takes one of its choices").arg(q->id);
                return false;
            }
        } else {
            if (!v.isArray()) {
                *error = QStringLiteral("answers: %1 takes a list of its choices").arg(q->id);
                return false;
            }
            for (const QJsonValue &x : v.toArray()) {
                if (!x.isString() || !q->choices.contains(x.toString())) {
                    *error = QStringLiteral("answers: %1 takes a list of its choices").arg(q->id);
                    return false;
                }
            }
        }
    }
    return true;
}

QStringList CallScript::unknownTokens(const QString &text)
{
    QStringList out;
    auto it = tokenPattern().globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (canonicalToken(name).isEmpty() && !out.contains(name))
            out << name;
    }
    return out;
}

QString CallScript::fill(const QString &text, const QHash<QString, QString> &values)
{
    QString out;
    qsizetype last = 0;
    auto it = tokenPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const QString value = values.value(canonicalToken(m.captured(1))).trimmed();
        out += value.isEmpty() ? m.captured(2).trimmed() : value;
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

QString CallScript::fillFor(const QString &text, const QJsonObject &assignment)
{
    QHash<QString, QString> values;
    for (const char *key : {"first_name", "last_name", "title", "commune"})
        values.insert(QLatin1String(key), assignment.value(QLatin1String(key)).toString());
    return fill(text, values);
}

} // namespace relais
