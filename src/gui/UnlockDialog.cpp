#include "UnlockDialog.h"

#include "ProfileSession.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace relais {

UnlockDialog::UnlockDialog(ProfileSession *session, const QString &profileDir,
                           const KeychainStore::Availability &keychain, QWidget *parent)
    : QDialog(parent), m_session(session), m_dir(profileDir), m_keychain(keychain)
{
    setWindowTitle(tr("Relais is locked"));
    setObjectName(QStringLiteral("unlockDialog"));
    auto *layout = new QVBoxLayout(this);

    auto *title = new QLabel(tr("Relais is locked"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);

    auto *folder = new QLabel(this);
    folder->setObjectName(QStringLiteral("profileLabel"));
    folder->setTextFormat(Qt::PlainText);
    folder->setWordWrap(true);
    folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    folder->setText(tr("Profile: %1").arg(QDir::toNativeSeparators(profileDir)));
    layout->addWidget(folder);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    layout->addSpacing(8);
    layout->addWidget(new QLabel(tr("Enter the passphrase of this profile to open it:"), this));
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("passphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    layout->addWidget(m_passphrase);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);

    m_remember = new QCheckBox(tr("Remember on this computer"), this);
    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    layout->addWidget(m_remember);
    auto *rememberNote = new QLabel(this);
    rememberNote->setObjectName(QStringLiteral("rememberNote"));
    rememberNote->setTextFormat(Qt::PlainText);
    rememberNote->setWordWrap(true);
    rememberNote->setContentsMargins(24, 0, 0, 0);
    if (m_keychain.isAvailable()) {
        rememberNote->setText(tr("Relais will then start without asking for the passphrase on this computer. "
                                 "It will still ask for it after a lock."));
    } else {
        m_remember->setEnabled(false);
        rememberNote->setText(tr("Not available: %1 The passphrase will be asked each time Relais starts.")
                                  .arg(m_keychain.reason));
        if (!m_keychain.detail.isEmpty())
            rememberNote->setToolTip(m_keychain.detail);
    }
    layout->addWidget(rememberNote);
    layout->addStretch(1);

    auto *buttons = new QHBoxLayout;
    auto *switchButton = new QPushButton(tr("Other profile…"), this);
    switchButton->setObjectName(QStringLiteral("switchButton"));
    switchButton->setAutoDefault(false);
    buttons->addWidget(switchButton);
    buttons->addStretch(1);
    auto *quit = new QPushButton(tr("Quit"), this);
    quit->setObjectName(QStringLiteral("quitButton"));
    quit->setAutoDefault(false);
    buttons->addWidget(quit);
    m_unlockButton = new QPushButton(tr("Unlock"), this);
    m_unlockButton->setObjectName(QStringLiteral("unlockButton"));
    m_unlockButton->setDefault(true);
    m_unlockButton->setEnabled(false);
    buttons->addWidget(m_unlockButton);
    layout->addLayout(buttons);

    connect(m_passphrase, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_unlockButton->setEnabled(!text.isEmpty()); });
    connect(m_unlockButton, &QPushButton::clicked, this, &UnlockDialog::unlock);
    connect(quit, &QPushButton::clicked, this, &QDialog::reject);
    connect(switchButton, &QPushButton::clicked, this, [this] {
        m_passphrase->clear();
        done(SwitchProfile);
    });

    m_passphrase->setFocus();
    setMinimumWidth(480);
}

UnlockDialog::~UnlockDialog()
{
    m_passphrase->clear();
}

void UnlockDialog::setRemember(bool remember)
{
    m_remember->setChecked(remember && m_keychain.isAvailable());
}

bool UnlockDialog::rememberRequested() const
{
    return m_keychain.isAvailable() && m_remember->isChecked();
}

void UnlockDialog::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void UnlockDialog::unlock()
{
    if (m_passphrase->text().isEmpty())
        return;
    m_error->hide();
    m_unlockButton->setEnabled(false);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    const bool ok = m_session->unlock(m_dir, m_passphrase->text(), &error);
    QApplication::restoreOverrideCursor();
    m_passphrase->clear();
    if (!ok) {
        m_error->setText(error.isEmpty() ? tr("Wrong passphrase. Nothing was changed; try again.") : error);
        m_error->show();
        m_passphrase->setFocus();
        return;
    }
    accept();
}

} // namespace relais
