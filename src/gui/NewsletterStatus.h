#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace relais {

/// The states of a newsletter record ("draft", "scheduled", "sending", "sent", "cancelled"; templates have
/// none), as people read them.
class NewsletterStatus
{
    Q_DECLARE_TR_FUNCTIONS(NewsletterStatus)
public:
    static QString text(const QString &status);
    /// A colour for the state's badge.
    static QColor color(const QString &status);
    /// Only drafts (and templates) are edited here; the server owns every later state.
    static bool isEditable(const QString &kind, const QString &status);
};

} // namespace relais
