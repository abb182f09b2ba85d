#include "NewsletterStatus.h"

namespace relais {

QString NewsletterStatus::text(const QString &status)
{
    if (status == QLatin1String("scheduled"))
        return tr("Scheduled");
    if (status == QLatin1String("sending"))
        return tr("Sending");
    if (status == QLatin1String("sent"))
        return tr("Sent");
    if (status == QLatin1String("cancelled"))
        return tr("Cancelled");
    if (status == QLatin1String("template"))
        return tr("Template");
    return tr("Draft");
}

QColor NewsletterStatus::color(const QString &status)
{
    if (status == QLatin1String("scheduled"))
        return QColor(0x8e, 0x5b, 0x00);
    if (status == QLatin1String("sending"))
        return QColor(0x15, 0x65, 0xc0);
    if (status == QLatin1String("sent"))
        return QColor(0x2e, 0x7d, 0x32);
    if (status == QLatin1String("cancelled"))
        return QColor(0x75, 0x75, 0x75);
    return QColor(0x55, 0x55, 0x55);
}

bool NewsletterStatus::isEditable(const QString &kind, const QString &status)
{
    return kind == QLatin1String("template") || status.isEmpty() || status == QLatin1String("draft");
}

} // namespace relais
