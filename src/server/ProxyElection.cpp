#include "ProxyElection.h"

#include "PetitionSlug.h"

#include <QJsonArray>
#include <QLocale>

namespace relais::server {

namespace {
const QString TypeElection = QStringLiteral("proxy_election");
constexpr qsizetype MaxNameChars = 200;
} // namespace

QString ProxyElection::roundLabel(int round) const
{
    const qsizetype i = rounds.indexOf(round);
    const QString which = round == 1 ? say(QStringLiteral("1er tour"), QStringLiteral("1st round"))
                                     : say(QStringLiteral("2d tour"), QStringLiteral("2nd round"));
    if (i < 0 || !dates.value(i).isValid())
        return which;
    const QLocale locale(isEnglish() ? QLocale::English : QLocale::French);
    return which + QStringLiteral(" (") + locale.toString(dates.value(i), QStringLiteral("d MMMM yyyy")) + QLatin1Char(')');
}

int ProxyElection::roundMask() const
{
    int mask = 0;
    for (const int r : rounds)
        mask |= roundBit(r);
    return mask;
}

QJsonObject ProxyElection::clean(const QJsonObject &data, QString *error)
{
    const QString name = data.value(QLatin1String("name")).toString().simplified();
    if (name.isEmpty() || name.size() > MaxNameChars) {
        *error = QStringLiteral("an election needs a name of at most %1 characters").arg(MaxNameChars);
        return {};
    }
    const QString slug = data.value(QLatin1String("slug")).toString().trimmed();
    if (!PetitionSlug::isValid(slug)) {
        *error = QStringLiteral("slug must be 3 to 63 lowercase letters, digits and hyphens, starting with a letter or digit");
        return {};
    }
    const QJsonArray rounds = data.value(QLatin1String("rounds")).toArray();
    if (rounds.isEmpty() || rounds.size() > 2) {
        *error = QStringLiteral("an election has one or two rounds");
        return {};
    }
    QJsonArray cleanRounds;
    int seen = 0;
    QDate previous;
    for (const QJsonValue &v : rounds) {
        const QJsonObject o = v.toObject();
        const int round = o.value(QLatin1String("round")).toInt();
        const QDate date = QDate::fromString(o.value(QLatin1String("date")).toString(), Qt::ISODate);
        if ((round != 1 && round != 2) || (seen & roundBit(round))) {
            *error = QStringLiteral("rounds are numbered 1 and 2, each once");
            return {};
        }
        if (!date.isValid()) {
            *error = QStringLiteral("round %1 needs a date (YYYY-MM-DD)").arg(round);
            return {};
        }
        if (previous.isValid() && date <= previous) {
            *error = QStringLiteral("the second round comes after the first");
            return {};
        }
        previous = date;
        seen |= roundBit(round);
        cleanRounds.append(QJsonObject{{QStringLiteral("round"), round}, {QStringLiteral("date"), date.toString(Qt::ISODate)}});
    }
    const QJsonObject rules = data.value(QLatin1String("rules")).toObject();
    const int maxTotal = rules.value(QLatin1String("max_total")).toInt(2);
    const int maxInFrance = rules.value(QLatin1String("max_in_france")).toInt(1);
    if (maxTotal < 1 || maxTotal > MaxRulesLimit || maxInFrance < 0 || maxInFrance > maxTotal) {
        *error = QStringLiteral("rules: max_total is 1 to %1 and max_in_france 0 to max_total").arg(MaxRulesLimit);
        return {};
    }
    const QString language = data.value(QLatin1String("language")).toString(QStringLiteral("fr"));
    if (language != QLatin1String("fr") && language != QLatin1String("en")) {
        *error = QStringLiteral("language is fr or en");
        return {};
    }
    return {{QStringLiteral("name"), name},
            {QStringLiteral("slug"), slug},
            {QStringLiteral("rounds"), cleanRounds},
            {QStringLiteral("rules"), QJsonObject{{QStringLiteral("max_total"), maxTotal}, {QStringLiteral("max_in_france"), maxInFrance}}},
            {QStringLiteral("forms_open"), data.value(QLatin1String("forms_open")).toBool()},
            {QStringLiteral("language"), language},
            {QStringLiteral("updated_at"), data.value(QLatin1String("updated_at")).toString().left(40)}};
}

ProxyElection ProxyElection::fromRecord(const StoredRecord &r)
{
    ProxyElection e;
    e.id = r.id;
    e.zone = r.zone;
    e.name = r.data.value(QLatin1String("name")).toString();
    e.slug = r.data.value(QLatin1String("slug")).toString();
    e.language = r.data.value(QLatin1String("language")).toString(QStringLiteral("fr"));
    for (const QJsonValue &v : r.data.value(QLatin1String("rounds")).toArray()) {
        e.rounds << v.toObject().value(QLatin1String("round")).toInt();
        e.dates << QDate::fromString(v.toObject().value(QLatin1String("date")).toString(), Qt::ISODate);
    }
    const QJsonObject rules = r.data.value(QLatin1String("rules")).toObject();
    e.rules.maxTotal = rules.value(QLatin1String("max_total")).toInt(2);
    e.rules.maxInFrance = rules.value(QLatin1String("max_in_france")).toInt(1);
    e.formsOpen = r.data.value(QLatin1String("forms_open")).toBool();
    return e;
}

std::optional<ProxyElection> ProxyElection::byId(Db &db, const QString &id)
{
    const auto r = RecordStore::load(db, TypeElection, id);
    return r ? std::optional<ProxyElection>(fromRecord(*r)) : std::nullopt;
}

std::optional<ProxyElection> ProxyElection::bySlug(Db &db, const QString &slug)
{
    if (!PetitionSlug::isValid(slug))
        return std::nullopt;
    const QString id = db.scalar(QStringLiteral("SELECT election_id FROM proxy_slugs WHERE slug = ?"), {slug}).toString();
    return id.isEmpty() ? std::nullopt : byId(db, id);
}

} // namespace relais::server
