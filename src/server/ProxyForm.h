#pragma once

#include "SignatureForm.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace relais {
class ZoneTree;
struct Zone;
}

namespace relais::server {

struct ProxyElection;

/// What a mandant (request) or a mandataire (offer) submits on an election's public form, checked and normalised:
/// names, e-mail (normalised: one request and one offer per address and election), optional phone (E.164), postal
/// code and commune (the commune must be chosen when the code has several), polling station (code or free text),
/// rounds (those of the election), for a request whether it is established abroad, for an offer the optional
/// birth date and voter number the mandant's official form asks for, and the required consent. Messages speak the
/// election's language.
struct ProxyForm {
    enum class Kind { Request, Offer };
    using Fields = SignatureForm::Fields;
    using FieldError = SignatureForm::FieldError;

    Kind kind = Kind::Request;
    QString firstName;
    QString lastName;
    QString email;
    QString phone;
    QString postalCode;
    QString communeCode; ///< "C69123"
    QString commune;     ///< its name
    QString department;  ///< "D69"
    QString pollingStation;
    bool abroad = false;
    int rounds = 0; ///< bitmask
    QString birthDate;   ///< YYYY-MM-DD or empty
    QString voterNumber; ///< digits or empty

    static constexpr qsizetype MaxBodyBytes = 8 * 1024;
    static constexpr qsizetype MaxStationChars = 100;

    static QString kindName(Kind kind) { return kind == Kind::Request ? QStringLiteral("request") : QStringLiteral("offer"); }
    /// The checked form, or nullopt with one message per faulty field, in form order.
    static std::optional<ProxyForm> parse(Kind kind, const Fields &fields, const ProxyElection &election,
                                          const ZoneTree &zones, QList<FieldError> *errors);
    /// The communes of a postal code, for the form's choice (most populous first).
    static QList<const Zone *> communesOf(const ZoneTree &zones, const QString &postalCode);

    /// The record fields it gives (proxy_request / proxy_offer, without id, zone, election and contact).
    QJsonObject toJson() const;
    static ProxyForm fromJson(Kind kind, const QJsonObject &o);
};

} // namespace relais::server
