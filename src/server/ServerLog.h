#pragma once

#include <QJsonObject>

namespace relais::server {

/// Structured server logs: one JSON object per line on stderr, `{"ts", "level", "event", ...fields}`.
/// Callers put user ids and counts in the fields, never personal data (names, emails, phones, passwords, tokens).
class ServerLog
{
public:
    static void info(const char *event, const QJsonObject &fields = {});
    static void warn(const char *event, const QJsonObject &fields = {});
    static void error(const char *event, const QJsonObject &fields = {});
    static void write(const char *level, const char *event, const QJsonObject &fields);
    /// Routes Qt's own messages (qWarning from the SQL drivers...) through write().
    static void installQtMessageHandler();
    /// false silences info lines (the command line tools); warnings and errors always go out.
    static void setInfoEnabled(bool enabled);
    /// From now on lines are queued and written by a background thread, so that a slow stderr (a full pipe, a
    /// busy journal) never blocks request threads. Past 100,000 queued lines new lines are dropped and counted.
    static void startAsync();
    /// Writes what is queued and returns to synchronous writes.
    static void stopAsync();
};

} // namespace relais::server
