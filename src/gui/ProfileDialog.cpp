#include "ProfileDialog.h"

#include "ProfileSession.h"
#include "ProfileVault.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QVBoxLayout>

namespace relais {

namespace {

QLabel *makeNote(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QLabel *makeError(QWidget *parent, const QString &objectName)
{
    QLabel *label = makeNote(parent, objectName);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->hide();
    return label;
}

void setError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QString strengthStyle(int score)
{
    static const char *const colours[] = {"#b00020", "#d35400", "#d4a017", "#3c9a3c", "#1e7b1e"};
    return QStringLiteral("QProgressBar { border: 1px solid #999; border-radius: 4px; background: #eee; }"
                          "QProgressBar::chunk { border-radius: 3px; background: %1; }")
        .arg(QLatin1String(colours[qBound(0, score, 4)]));
}

} // namespace

ProfileDialog::ProfileDialog(ProfileSession *session, const QString &suggestedDir,
                             const KeychainStore::Availability &keychain, QWidget *parent)
    : QDialog(parent), m_session(session), m_keychain(keychain)
{
    setWindowTitle(tr("Welcome to Relais"));
    setObjectName(QStringLiteral("profileDialog"));
    const QString dir = suggestedDir.isEmpty() ? defaultProfileDir() : suggestedDir;

    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Welcome to Relais"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);

    QLabel *intro = makeNote(this, QStringLiteral("introLabel"));
    intro->setText(tr("Relais keeps your contacts in a profile folder on this computer. The folder is encrypted: "
                      "nobody can read it without your passphrase, and nobody can recover the passphrase "
                      "for you if you forget it."));
    layout->addWidget(intro);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildCreatePage(dir), tr("Create a new profile"));
    m_tabs->addTab(buildOpenPage(dir), tr("Open an existing profile"));
    layout->addWidget(m_tabs, 1);

    auto *bottom = new QHBoxLayout;
    bottom->addStretch(1);
    auto *quit = new QPushButton(tr("Quit"), this);
    quit->setObjectName(QStringLiteral("quitButton"));
    quit->setAutoDefault(false);
    connect(quit, &QPushButton::clicked, this, &QDialog::reject);
    bottom->addWidget(quit);
    layout->addLayout(bottom);

    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 0) {
            m_createButton->setDefault(true);
            m_passphrase->setFocus();
        } else {
            m_openButton->setDefault(true);
            m_openDir->setFocus();
        }
    });

    updateCreateState();
    updateOpenState();
    m_createButton->setDefault(true);
    m_passphrase->setFocus();
    setMinimumWidth(560);
}

ProfileDialog::~ProfileDialog()
{
    m_passphrase->clear();
    m_confirm->clear();
}

QString ProfileDialog::defaultProfileDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/profile");
}

QWidget *ProfileDialog::buildCreatePage(const QString &dir)
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    auto *dirRow = new QHBoxLayout;
    m_createDir = new QLineEdit(QDir::toNativeSeparators(dir), page);
    m_createDir->setObjectName(QStringLiteral("createDirEdit"));
    auto *choose = new QPushButton(tr("Choose…"), page);
    choose->setAutoDefault(false);
    dirRow->addWidget(m_createDir, 1);
    dirRow->addWidget(choose);
    form->addRow(tr("Folder:"), dirRow);
    m_createDirNote = makeError(page, QStringLiteral("createDirNote"));
    form->addRow(QString(), m_createDirNote);

    m_passphrase = new QLineEdit(page);
    m_passphrase->setObjectName(QStringLiteral("passphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("For example, a few words only you would put together"));
    form->addRow(tr("Passphrase:"), m_passphrase);

    m_confirm = new QLineEdit(page);
    m_confirm->setObjectName(QStringLiteral("confirmEdit"));
    m_confirm->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Passphrase again:"), m_confirm);

    m_strength = new QProgressBar(page);
    m_strength->setObjectName(QStringLiteral("strengthBar"));
    m_strength->setRange(0, 4);
    m_strength->setValue(0);
    m_strength->setTextVisible(false);
    m_strength->setMaximumHeight(12);
    m_strength->setAccessibleName(tr("Passphrase strength"));
    form->addRow(tr("Strength:"), m_strength);
    m_strengthHint = makeNote(page, QStringLiteral("strengthHint"));
    form->addRow(QString(), m_strengthHint);
    m_mismatch = makeError(page, QStringLiteral("mismatchLabel"));
    form->addRow(QString(), m_mismatch);
    layout->addLayout(form);

    m_remember = new QCheckBox(tr("Remember on this computer"), page);
    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    layout->addWidget(m_remember);
    m_rememberNote = makeNote(page, QStringLiteral("rememberNote"));
    m_rememberNote->setContentsMargins(24, 0, 0, 0);
    if (m_keychain.isAvailable()) {
        m_rememberNote->setText(tr("Relais will then open without asking for the passphrase on this computer, "
                                   "using the computer's keychain. Leave it unticked on a shared computer."));
    } else {
        m_remember->setEnabled(false);
        m_remember->setChecked(false);
        m_rememberNote->setText(tr("Not available: %1 The passphrase will be asked each time Relais starts.")
                                    .arg(m_keychain.reason));
        if (!m_keychain.detail.isEmpty())
            m_rememberNote->setToolTip(m_keychain.detail);
    }
    layout->addWidget(m_rememberNote);

    m_createError = makeError(page, QStringLiteral("createError"));
    layout->addWidget(m_createError);
    layout->addStretch(1);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_createButton = new QPushButton(tr("Create the profile"), page);
    m_createButton->setObjectName(QStringLiteral("createButton"));
    buttons->addWidget(m_createButton);
    layout->addLayout(buttons);

    connect(choose, &QPushButton::clicked, this,
            [this] { chooseFolder(m_createDir, tr("Choose the folder of the new profile")); });
    connect(m_createDir, &QLineEdit::textChanged, this, &ProfileDialog::updateCreateState);
    connect(m_passphrase, &QLineEdit::textChanged, this, &ProfileDialog::updateCreateState);
    connect(m_confirm, &QLineEdit::textChanged, this, &ProfileDialog::updateCreateState);
    connect(m_createButton, &QPushButton::clicked, this, &ProfileDialog::createProfile);
    return page;
}

QWidget *ProfileDialog::buildOpenPage(const QString &dir)
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    QLabel *note = makeNote(page, QStringLiteral("openNote"));
    note->setText(tr("Choose the folder of a profile created earlier on this computer or copied from another one. "
                     "You will then be asked for its passphrase."));
    layout->addWidget(note);

    auto *dirRow = new QHBoxLayout;
    m_openDir = new QLineEdit(QDir::toNativeSeparators(dir), page);
    m_openDir->setObjectName(QStringLiteral("openDirEdit"));
    auto *choose = new QPushButton(tr("Choose…"), page);
    choose->setAutoDefault(false);
    dirRow->addWidget(new QLabel(tr("Folder:"), page));
    dirRow->addWidget(m_openDir, 1);
    dirRow->addWidget(choose);
    layout->addLayout(dirRow);

    m_openError = makeError(page, QStringLiteral("openError"));
    layout->addWidget(m_openError);
    layout->addStretch(1);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_openButton = new QPushButton(tr("Open"), page);
    m_openButton->setObjectName(QStringLiteral("openButton"));
    buttons->addWidget(m_openButton);
    layout->addLayout(buttons);

    connect(choose, &QPushButton::clicked, this,
            [this] { chooseFolder(m_openDir, tr("Choose the folder of the profile")); });
    connect(m_openDir, &QLineEdit::textChanged, this, &ProfileDialog::updateOpenState);
    connect(m_openButton, &QPushButton::clicked, this, &ProfileDialog::openProfile);
    return page;
}

QString ProfileDialog::profileDir() const
{
    const QLineEdit *edit = m_outcome == Outcome::OpenExisting ? m_openDir : m_createDir;
    return QDir::cleanPath(QDir::fromNativeSeparators(edit->text().trimmed()));
}

bool ProfileDialog::rememberRequested() const
{
    return m_keychain.isAvailable() && m_remember->isChecked();
}

void ProfileDialog::showOpenPage()
{
    m_tabs->setCurrentIndex(1);
}

void ProfileDialog::chooseFolder(QLineEdit *edit, const QString &title)
{
    const QString chosen = QFileDialog::getExistingDirectory(this, title, edit->text());
    if (!chosen.isEmpty())
        edit->setText(QDir::toNativeSeparators(chosen));
}

void ProfileDialog::updateCreateState()
{
    const QString dir = QDir::fromNativeSeparators(m_createDir->text().trimmed());
    const bool taken = !dir.isEmpty() && ProfileVault::exists(dir);
    setError(m_createDirNote, taken ? tr("This folder already holds a profile: open it from the other tab, "
                                         "or choose another folder.")
                                    : QString());

    const QString pass = m_passphrase->text();
    QString hint;
    const int score = ProfileVault::passphraseStrength(pass, &hint);
    m_strength->setValue(score);
    m_strength->setStyleSheet(strengthStyle(score));
    m_strengthHint->setText(pass.isEmpty() ? tr("Use at least %n characters. A few unrelated words are strong and "
                                                "easy to remember.", nullptr, ProfileVault::MinimumLength)
                                           : hint);

    const bool differ = !m_confirm->text().isEmpty() && m_confirm->text() != pass;
    setError(m_mismatch, differ ? tr("The two passphrases differ.") : QString());

    m_createButton->setEnabled(!dir.isEmpty() && !taken && pass.size() >= ProfileVault::MinimumLength
                               && m_confirm->text() == pass);
}

void ProfileDialog::updateOpenState()
{
    setError(m_openError, QString());
    m_openButton->setEnabled(!m_openDir->text().trimmed().isEmpty());
}

void ProfileDialog::createProfile()
{
    if (!m_createButton->isEnabled())
        return;
    const QString dir = QDir::cleanPath(QDir::fromNativeSeparators(m_createDir->text().trimmed()));
    setError(m_createError, QString());
    m_createButton->setEnabled(false);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    const bool ok = m_session->create(dir, m_passphrase->text(), &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        setError(m_createError, error);
        updateCreateState();
        return;
    }
    m_passphrase->clear();
    m_confirm->clear();
    m_outcome = Outcome::Created;
    accept();
}

void ProfileDialog::openProfile()
{
    const QString dir = QDir::cleanPath(QDir::fromNativeSeparators(m_openDir->text().trimmed()));
    if (dir.isEmpty())
        return;
    if (!QFileInfo(dir).isDir()) {
        setError(m_openError, tr("This folder does not exist."));
        return;
    }
    if (!ProfileVault::exists(dir)) {
        setError(m_openError, tr("This folder does not hold a Relais profile (there is no profile.json in it)."));
        return;
    }
    m_outcome = Outcome::OpenExisting;
    accept();
}

} // namespace relais
