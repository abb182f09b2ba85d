#include "ProxyForm.h"

#include "ProxyElection.h"
#include "ZoneTree.h"

#include <QDate>
#include <QJsonArray>
#include <QRegularExpression>

namespace relais::server {


QList<const Zone *> ProxyForm::communesOf(const ZoneTree &zones, const QString &postalCode)
{
    return zones.communesForPostalCode(postalCode);
}

std::optional<ProxyForm> ProxyForm::parse(Kind kind, const Fields &fields, const ProxyElection &e, const ZoneTree &zones,
                                          QList<FieldError> *errors)
{
    ProxyForm f;
    f.kind = kind;
    FormChecks check(fields, [&e](const QString &fr, const QString &en) { return e.say(fr, en); }, errors);
    auto fail = [&check](const char *field, const QString &fr, const QString &en) { check.fail(field, fr, en); };
    f.firstName = check.text("first_name", QStringLiteral("prénom"), QStringLiteral("first name"), SignatureForm::MaxNameChars);
    f.lastName = check.text("last_name", QStringLiteral("nom"), QStringLiteral("last name"), SignatureForm::MaxNameChars);
    f.email = check.email();
    f.phone = check.phone();

    static const QRegularExpression fiveDigits(QStringLiteral("^[0-9]{5}$"));
    f.postalCode = fields.value(QStringLiteral("postal_code")).remove(QLatin1Char(' '));
    if (f.postalCode.isEmpty()) {
        fail("postal_code", QStringLiteral("Indiquez le code postal de la commune où vous votez."),
             QStringLiteral("Enter the postal code of the commune where you vote."));
    } else if (!fiveDigits.match(f.postalCode).hasMatch()) {
        fail("postal_code", QStringLiteral("Un code postal français a cinq chiffres (exemple : 69003)."),
             QStringLiteral("A French postal code has five digits (example: 69003)."));
    } else {
        const QList<const Zone *> communes = communesOf(zones, f.postalCode);
        const QString chosen = fields.value(QStringLiteral("commune")).trimmed();
        const Zone *commune = nullptr;
        if (communes.size() == 1)
            commune = communes.first();
        for (const Zone *c : communes)
            if (c->code == chosen)
                commune = c;
        if (communes.isEmpty())
            fail("postal_code", QStringLiteral("Ce code postal n'existe pas."), QStringLiteral("This postal code does not exist."));
        else if (!commune)
            fail("commune", QStringLiteral("Ce code postal couvre plusieurs communes : choisissez la vôtre."),
                 QStringLiteral("This postal code covers several communes: choose yours."));
        else if (!e.zone.isEmpty() && !zones.isWithin(commune->code, e.zone)) {
            const Zone *area = zones.zone(e.zone);
            fail("postal_code", QStringLiteral("Ce formulaire est celui de %1 : votre commune n'en fait pas partie.").arg(area ? area->name : e.zone),
                 QStringLiteral("This form is the one of %1: your commune is not part of it.").arg(area ? area->name : e.zone));
        } else {
            f.communeCode = commune->code;
            f.commune = commune->name;
            f.department = zones.departmentOf(commune->code);
        }
    }
    f.pollingStation = check.text("polling_station", QStringLiteral("bureau de vote"), QStringLiteral("polling station"), MaxStationChars);

    for (const int round : e.rounds)
        if (FormChecks::isTicked(fields.value(QStringLiteral("round_%1").arg(round))))
            f.rounds |= roundBit(round);
    if (f.rounds == 0)
        fail("rounds",
             kind == Kind::Request ? QStringLiteral("Cochez le ou les tours pour lesquels vous donnez procuration.")
                                   : QStringLiteral("Cochez le ou les tours où vous pouvez voter pour quelqu'un."),
             kind == Kind::Request ? QStringLiteral("Tick the round(s) you need a proxy for.")
                                   : QStringLiteral("Tick the round(s) you can vote for someone."));
    if (kind == Kind::Request) {
        f.abroad = check.ticked("abroad");
    } else {
        const QString birth = fields.value(QStringLiteral("birth_date")).trimmed();
        if (!birth.isEmpty()) {
            QDate d = QDate::fromString(birth, Qt::ISODate);
            if (!d.isValid())
                d = QDate::fromString(birth, QStringLiteral("dd/MM/yyyy"));
            if (!d.isValid() || d.year() < 1900 || d > QDate::currentDate().addYears(-18))
                fail("birth_date", QStringLiteral("Indiquez votre date de naissance au format JJ/MM/AAAA (vous devez être majeur)."),
                     QStringLiteral("Enter your birth date as DD/MM/YYYY (you must be of age)."));
            else
                f.birthDate = d.toString(Qt::ISODate);
        }
        static const QRegularExpression digits(QStringLiteral("^[0-9]{6,12}$"));
        f.voterNumber = fields.value(QStringLiteral("voter_number")).remove(QLatin1Char(' '));
        if (!f.voterNumber.isEmpty() && !digits.match(f.voterNumber).hasMatch())
            fail("voter_number", QStringLiteral("Le numéro national d'électeur compte 6 à 12 chiffres (il figure sur votre carte électorale)."),
                 QStringLiteral("The national voter number has 6 to 12 digits (it is on your voter card)."));
    }
    if (!check.ticked("consent"))
        fail("consent", QStringLiteral("Cochez la case d'accord pour continuer."), QStringLiteral("Tick the agreement box to go on."));
    if (!errors->isEmpty())
        return std::nullopt;
    return f;
}

QJsonObject ProxyForm::toJson() const
{
    QJsonArray rounds;
    for (const int r : {1, 2})
        if (this->rounds & roundBit(r))
            rounds.append(r);
    QJsonObject o{{QStringLiteral("first_name"), firstName}, {QStringLiteral("last_name"), lastName},
                  {QStringLiteral("email"), email},          {QStringLiteral("phone"), phone},
                  {QStringLiteral("postal_code"), postalCode}, {QStringLiteral("commune_code"), communeCode},
                  {QStringLiteral("commune"), commune},      {QStringLiteral("polling_station"), pollingStation},
                  {QStringLiteral("rounds"), rounds}};
    if (kind == Kind::Request) {
        o.insert(QStringLiteral("abroad"), abroad);
    } else {
        o.insert(QStringLiteral("birth_date"), birthDate);
        o.insert(QStringLiteral("voter_number"), voterNumber);
    }
    return o;
}

ProxyForm ProxyForm::fromJson(Kind kind, const QJsonObject &o)
{
    ProxyForm f;
    f.kind = kind;
    auto s = [&o](const char *k) { return o.value(QLatin1String(k)).toString(); };
    f.firstName = s("first_name");
    f.lastName = s("last_name");
    f.email = s("email");
    f.phone = s("phone");
    f.postalCode = s("postal_code");
    f.communeCode = s("commune_code");
    f.commune = s("commune");
    f.pollingStation = s("polling_station");
    f.abroad = o.value(QLatin1String("abroad")).toBool();
    f.birthDate = s("birth_date");
    f.voterNumber = s("voter_number");
    f.department = s("department");
    for (const QJsonValue &v : o.value(QLatin1String("rounds")).toArray())
        if (v.toInt() == 1 || v.toInt() == 2)
            f.rounds |= roundBit(v.toInt());
    return f;
}

} // namespace relais::server
