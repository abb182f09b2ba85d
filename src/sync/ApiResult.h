#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace relais {

/// The answer to one REST call made through the sync engine (SyncEngine::apiCall, SyncController::api).
struct ApiResult {
    int requestId = 0;
    int httpStatus = 0;  ///< 0 when no HTTP answer arrived (offline, not connected, TLS refused)
    QJsonObject body;    ///< the JSON object answered (the error body on failures), may be empty
    QString error;       ///< translated, for people; empty on success (2xx)
    QByteArray data;     ///< the raw body of a download (SyncController::apiDownload), else empty

    bool ok() const { return error.isEmpty() && httpStatus >= 200 && httpStatus < 300; }
    /// The machine-readable "error" of the body ("forbidden", "already_sent"...), may be empty.
    QString code() const { return body.value(QLatin1String("error")).toString(); }
    /// The body's "message", may be empty.
    QString message() const { return body.value(QLatin1String("message")).toString(); }
};

} // namespace relais
