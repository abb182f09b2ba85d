#include "ProxyMatchTerms.h"

namespace relais {

QStringList ProxyMatchTerms::statuses()
{
    return {Suggested, Proposed, Accepted, Declined, Confirmed, Done, Cancelled};
}

bool ProxyMatchTerms::isLive(const QString &status)
{
    return isInProgress(status) || isServed(status);
}

bool ProxyMatchTerms::isInProgress(const QString &status)
{
    return status == Suggested || status == Proposed || status == Accepted;
}

bool ProxyMatchTerms::isServed(const QString &status)
{
    return status == Confirmed || status == Done;
}

QStringList ProxyMatchTerms::next(const QString &status)
{
    if (status == Suggested)
        return {Proposed, Cancelled};
    if (status == Proposed)
        return {Accepted, Declined, Cancelled};
    if (status == Accepted)
        return {Confirmed, Cancelled};
    if (status == Confirmed)
        return {Done, Cancelled};
    return {};
}

bool ProxyMatchTerms::allowed(const QString &from, const QString &to)
{
    return next(from).contains(to);
}

QString ProxyMatchTerms::label(const QString &status)
{
    if (status == Suggested)
        return tr("Suggested");
    if (status == Proposed)
        return tr("Proposed");
    if (status == Accepted)
        return tr("Accepted");
    if (status == Declined)
        return tr("Declined");
    if (status == Confirmed)
        return tr("Confirmed");
    if (status == Done)
        return tr("Done");
    if (status == Cancelled)
        return tr("Cancelled");
    return status;
}

QString ProxyMatchTerms::action(const QString &status)
{
    if (status == Proposed)
        return tr("Propose");
    if (status == Accepted)
        return tr("Mark accepted");
    if (status == Declined)
        return tr("Mark declined");
    if (status == Confirmed)
        return tr("Confirm");
    if (status == Done)
        return tr("Mark done");
    if (status == Cancelled)
        return tr("Cancel the match");
    return label(status);
}

QColor ProxyMatchTerms::color(const QString &status)
{
    if (status == Suggested)
        return {0x54, 0x6e, 0x7a};
    if (status == Proposed || status == Accepted)
        return {0xef, 0x6c, 0x00};
    if (isServed(status))
        return {0x2e, 0x7d, 0x32};
    return {0x75, 0x75, 0x75};
}

QString ProxyMatchTerms::reasonLabel(const QString &reasonKey)
{
    if (reasonKey == QLatin1String("same_polling_station"))
        return tr("Same polling station");
    if (reasonKey == QLatin1String("same_commune"))
        return tr("Same commune");
    if (reasonKey == QLatin1String("same_department"))
        return tr("Same department");
    if (reasonKey == Manual)
        return tr("Manual");
    return reasonKey;
}

} // namespace relais
