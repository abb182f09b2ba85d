#pragma once

#include <QByteArray>
#include <QString>

namespace relais::server {

struct Petition;
struct SignatureForm;

/// The double opt-in e-mail of a petition signature: a short text and HTML message in the petition's language
/// with the confirmation link, how long it stays valid, and what happens if the reader did not sign.
class ConfirmationMail
{
public:
    struct Envelope {
        QString from; ///< bare envelope sender
        QString to;
        QByteArray message; ///< the whole MIME message
    };

    /// `mailFrom` is "Name <address>" or a bare address.
    static Envelope build(const Petition &petition, const SignatureForm &form, const QString &link, qint64 validHours,
                          const QString &mailFrom, const QString &messageIdHost);
};

} // namespace relais::server
