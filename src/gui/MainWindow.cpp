#include "MainWindow.h"

#include "CallPage.h"
#include "ConflictsPage.h"
#include "ContactListModel.h"
#include "CrmPage.h"
#include "CsvDocument.h"
#include "NewsletterPage.h"
#include "PetitionPage.h"
#include "PhoneNumber.h"
#include "ProfileSession.h"
#include "ProxyPage.h"
#include "Replica.h"
#include "ZoneTree.h"

#include <QAction>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>

namespace relais {

namespace {
constexpr int ExportBatch = 500;
enum NavRow {
    ContactsRow = 0,
    NewslettersRow = 1,
    PetitionsRow = 2,
    CallsRow = 3,
    ProxiesRow = 4,
    KioskRow = 5,
    ConflictsRow = 6
};

QString consentCell(const Consent &k)
{
    if (!k.granted)
        return {};
    return *k.granted ? MainWindow::tr("yes") : MainWindow::tr("no");
}
} // namespace

MainWindow::MainWindow(ProfileSession *session, QWidget *parent)
    : QMainWindow(parent), m_session(session), m_nav(new QListWidget(this)), m_pages(new QStackedWidget(this)),
      m_crm(new CrmPage(session, this)), m_conflicts(new ConflictsPage(session, this)),
      m_newsletters(new NewsletterPage(session, this)), m_petitions(new PetitionPage(session, this)),
      m_calls(new CallPage(session, this)), m_proxies(new ProxyPage(session, this)),
      m_countLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    const QString profileName = session ? QFileInfo(session->profileDir()).fileName() : QString();
    setWindowTitle(profileName.isEmpty() ? tr("Relais") : tr("Relais — %1").arg(profileName));
    resize(1280, 800);

    // Module navigation.
    m_nav->setObjectName(QStringLiteral("moduleList"));
    m_nav->setIconSize(QSize(24, 24));
    m_nav->setSpacing(2);
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_nav->setBackgroundRole(QPalette::Window);
    auto *contacts = new QListWidgetItem(
        QIcon::fromTheme(QStringLiteral("x-office-address-book"),
                         style()->standardIcon(QStyle::SP_FileDialogDetailedView, nullptr, this)),
        tr("Contacts"), m_nav);
    contacts->setToolTip(tr("Search and edit your contacts"));
    auto *newsletters = new QListWidgetItem(
        QIcon::fromTheme(QStringLiteral("mail-send"), style()->standardIcon(QStyle::SP_FileDialogContentsView, nullptr, this)),
        tr("Newsletters"), m_nav);
    newsletters->setToolTip(tr("Write newsletters and send them to the contacts of your zones"));
    auto *petitions = new QListWidgetItem(
        QIcon::fromTheme(QStringLiteral("document-edit"), style()->standardIcon(QStyle::SP_FileDialogListView, nullptr, this)),
        tr("Petitions"), m_nav);
    petitions->setToolTip(tr("Write petitions, follow their signatures and export them"));
    auto *calls = new QListWidgetItem(
        QIcon::fromTheme(QStringLiteral("call-start"), style()->standardIcon(QStyle::SP_DialogYesButton, nullptr, this)),
        tr("Calls"), m_nav);
    calls->setToolTip(tr("Phone banking: organise call campaigns, or call the people reserved for you"));
    auto *proxies = new QListWidgetItem(
        QIcon::fromTheme(QStringLiteral("system-users"), style()->standardIcon(QStyle::SP_DialogApplyButton, nullptr, this)),
        tr("Proxy votes"), m_nav);
    proxies->setToolTip(tr("Procurations: match the voters who cannot vote with volunteers who will vote for them"));
    auto *kiosk = new QListWidgetItem(
        QIcon::fromTheme(QStringLiteral("video-display"), style()->standardIcon(QStyle::SP_ComputerIcon, nullptr, this)),
        tr("Event kiosk"), m_nav);
    kiosk->setToolTip(tr("Full-screen sign-up form for an event: visitors enter their own details"));
    auto *conflicts = new QListWidgetItem(
        QIcon::fromTheme(QStringLiteral("dialog-warning"), style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this)),
        tr("Conflicts"), m_nav);
    conflicts->setToolTip(tr("Fields changed both here and elsewhere: choose which value to keep"));
    int navWidth = 0;
    for (int i = 0; i < m_nav->count(); ++i)
        navWidth = std::max(navWidth, m_nav->fontMetrics().horizontalAdvance(m_nav->item(i)->text()));
    m_nav->setFixedWidth(std::max(120, navWidth + m_nav->iconSize().width() + 36));
    m_nav->setCurrentRow(ContactsRow);

    m_pages->addWidget(m_crm);
    m_pages->addWidget(m_conflicts);
    m_pages->addWidget(m_newsletters);
    m_pages->addWidget(m_petitions);
    m_pages->addWidget(m_calls);
    m_pages->addWidget(m_proxies);
    connect(m_conflicts, &ConflictsPage::countChanged, this, &MainWindow::updateConflictsItem);
    updateConflictsItem(m_conflicts->count());

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_nav);
    auto *line = new QFrame(central);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row == KioskRow) {
            // The kiosk is its own window: the Contacts module stays selected here.
            QTimer::singleShot(0, this, [this] {
                const QSignalBlocker blocker(m_nav);
                m_nav->setCurrentRow(ContactsRow);
            });
            Q_EMIT kioskRequested();
        } else if (row == ContactsRow) {
            m_pages->setCurrentWidget(m_crm);
        } else if (row == NewslettersRow) {
            m_newsletters->reload();
            m_pages->setCurrentWidget(m_newsletters);
        } else if (row == PetitionsRow) {
            m_petitions->reload();
            m_pages->setCurrentWidget(m_petitions);
        } else if (row == CallsRow) {
            m_calls->reload();
            m_pages->setCurrentWidget(m_calls);
        } else if (row == ProxiesRow) {
            m_proxies->reload();
            m_pages->setCurrentWidget(m_proxies);
        } else if (row == ConflictsRow) {
            m_conflicts->reload();
            m_pages->setCurrentWidget(m_conflicts);
        }
    });

    buildMenus();

    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    statusBar()->addWidget(m_countLabel);
    connect(m_crm, &CrmPage::countChanged, this, &MainWindow::updateCount);
    if (m_session)
        connect(m_session, &ProfileSession::contactsChanged, this, [this] { m_total = -1; });
    updateCount(m_crm->model()->rowCount());
    m_crm->focusSearch();
    showStartPage();
}

void MainWindow::showStartPage()
{
    if (m_session && m_session->isUnlocked() && CallPage::callsOnly(m_session->replica()->database()))
        showCalls();
}

void MainWindow::showConflicts()
{
    m_nav->setCurrentRow(ConflictsRow);
}

void MainWindow::showNewsletters()
{
    m_nav->setCurrentRow(NewslettersRow);
}

void MainWindow::showPetitions()
{
    m_nav->setCurrentRow(PetitionsRow);
}

void MainWindow::showCalls()
{
    m_nav->setCurrentRow(CallsRow);
}

void MainWindow::showProxies()
{
    m_nav->setCurrentRow(ProxiesRow);
}

bool MainWindow::keepChanges()
{
    return m_crm->maybeKeepChanges() && m_newsletters->saveChanges() && m_petitions->saveChanges()
        && m_calls->saveChanges();
}

void MainWindow::updateConflictsItem(int count)
{
    QListWidgetItem *item = m_nav->item(ConflictsRow);
    item->setText(count > 0 ? tr("Conflicts (%1)").arg(count) : tr("Conflicts"));
    QFont f = item->font();
    f.setBold(count > 0);
    item->setFont(f);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *import = file->addAction(style()->standardIcon(QStyle::SP_DialogOpenButton, nullptr, this),
                                      tr("&Import contacts from CSV…"));
    import->setObjectName(QStringLiteral("importAction"));
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(import, &QAction::triggered, this, &MainWindow::importRequested);

    QAction *exportAction = file->addAction(style()->standardIcon(QStyle::SP_DialogSaveButton, nullptr, this),
                                            tr("&Export the current list to CSV…"));
    exportAction->setObjectName(QStringLiteral("exportAction"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(exportAction, &QAction::triggered, this, &MainWindow::exportWithDialog);

    file->addSeparator();
    QAction *lock = file->addAction(tr("&Lock"));
    lock->setObjectName(QStringLiteral("lockAction"));
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    lock->setToolTip(tr("Close the profile: its passphrase is needed to open it again"));
    connect(lock, &QAction::triggered, this, [this] {
        if (keepChanges())
            Q_EMIT lockRequested();
    });

    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, [this] {
        if (keepChanges())
            QCoreApplication::quit();
    });

    QMenu *server = menuBar()->addMenu(tr("&Server"));
    QAction *connectAction = server->addAction(tr("&Connect to a server…"));
    connectAction->setObjectName(QStringLiteral("connectServerAction"));
    connectAction->setToolTip(tr("Sync this profile with your organisation's Relais server"));
    connect(connectAction, &QAction::triggered, this, &MainWindow::connectServerRequested);
    QAction *syncAction = server->addAction(tr("&Sync now"));
    syncAction->setObjectName(QStringLiteral("syncNowAction"));
    syncAction->setShortcut(QKeySequence(Qt::Key_F5));
    connect(syncAction, &QAction::triggered, this, &MainWindow::syncNowRequested);
    QAction *conflictsAction = server->addAction(tr("Show &conflicts"));
    connect(conflictsAction, &QAction::triggered, this, &MainWindow::showConflicts);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Relais"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::about);
}

ContactQuery MainWindow::currentQuery() const
{
    return m_crm->currentQuery();
}

void MainWindow::addPermanentStatusWidget(QWidget *widget)
{
    statusBar()->addPermanentWidget(widget);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (keepChanges())
        event->accept();
    else
        event->ignore();
}

void MainWindow::updateCount(qint64 count)
{
    if (currentQuery().isEmpty()) {
        m_total = count;
        m_countLabel->setText(tr("%Ln contact(s)", nullptr, int(count)));
        return;
    }
    if (m_total < 0 && m_session && m_session->contacts())
        m_total = m_session->contacts()->count();
    m_countLabel->setText(tr("%Ln contact(s) match", nullptr, int(count)) + QStringLiteral(" · ")
                          + tr("%Ln in total", nullptr, int(std::max<qint64>(m_total, 0))));
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About Relais"),
        tr("<h3>Relais %1</h3>"
           "<p>Contacts, mobilisation and events for political organisations, even without a network.</p>"
           "<p>Your contacts are stored encrypted on this computer and shared with your organisation's server "
           "when a connection is available.</p>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
}

void MainWindow::exportWithDialog()
{
    const qint64 count = m_crm->model()->rowCount();
    if (count == 0) {
        QMessageBox::information(this, tr("Nothing to export"), tr("The current list is empty: there is nothing to export."));
        return;
    }
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    const QString suggested = QDir(dir).filePath(
        tr("relais-contacts-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)));
    QString fileName = QFileDialog::getSaveFileName(this, tr("Export the current list"), suggested,
                                                    tr("CSV files (*.csv);;All files (*)"));
    if (fileName.isEmpty())
        return;
    if (QFileInfo(fileName).suffix().isEmpty())
        fileName += QStringLiteral(".csv");

    QString error;
    const qint64 written = exportCurrentList(fileName, &error);
    if (written < 0) {
        if (!error.isEmpty())
            QMessageBox::critical(this, tr("Export failed"),
                                  tr("The file %1 could not be written:\n%2\n\nNothing was exported.")
                                      .arg(QDir::toNativeSeparators(fileName), error));
        return;
    }
    QMessageBox::information(this, tr("Export finished"),
                             tr("%Ln contact(s) exported to %1.", nullptr, int(written)).arg(QDir::toNativeSeparators(fileName))
                                 + QStringLiteral("\n\n")
                                 + tr("This file holds personal data in clear: keep it safe and delete it when "
                                      "you no longer need it."));
}

qint64 MainWindow::exportCurrentList(const QString &fileName, QString *error)
{
    error->clear();
    if (!m_session || !m_session->contacts()) {
        *error = tr("The profile is locked.");
        return -1;
    }
    const QVector<qint64> ids = m_crm->model()->localIds();
    const QChar sep = u';';
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return -1;
    }
    const auto write = [&file, error](const QByteArray &bytes) {
        if (file.write(bytes) == bytes.size())
            return true;
        *error = file.errorString();
        return false;
    };
    // Headers a spreadsheet user reads, and that the CSV import recognises (in French and English).
    const QStringList header{tr("Title"), tr("First name"), tr("Last name"), tr("Date of birth"), tr("Email"),
                             tr("Other emails"), tr("Phone"), tr("Other phones"), tr("Address"), tr("Postal code"),
                             tr("Commune"), tr("Department"), tr("Membership"), tr("Tags"), tr("Email consent"),
                             tr("Phone consent"), tr("SMS consent"), tr("Notes"), tr("Created on"), tr("Id")};
    if (!write(QByteArrayLiteral("\xEF\xBB\xBF")) || !write(CsvWriter::row(header, sep).toUtf8())) {
        file.cancelWriting();
        return -1;
    }

    QProgressDialog progress(tr("Exporting contacts…"), tr("Cancel"), 0, int(ids.size()), this);
    progress.setWindowTitle(tr("Export"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    const ZoneTree &zones = ZoneTree::france();
    qint64 written = 0;
    for (qsizetype start = 0; start < ids.size(); start += ExportBatch) {
        progress.setValue(int(start));
        if (progress.wasCanceled()) {
            file.cancelWriting();
            return -1;
        }
        const QList<Contact> batch = m_session->contacts()->byLocalIds(ids.mid(start, ExportBatch));
        QByteArray chunk;
        for (const Contact &c : batch) {
            QStringList phones;
            for (const QString &p : c.otherPhones)
                phones << PhoneNumber::format(p);
            const Zone *commune = c.communeCode.isEmpty() ? nullptr : zones.zone(c.communeCode);
            const Zone *department = zones.zone(zones.departmentOf(c.zone));
            const QStringList fields{
                c.title, c.firstName, c.lastName, c.birthdate.isValid() ? c.birthdate.toString(Qt::ISODate) : QString(),
                c.email, c.otherEmails.join(QStringLiteral(", ")), PhoneNumber::format(c.phone),
                phones.join(QStringLiteral(", ")), c.address, c.postalCode, commune ? commune->name : QString(),
                department ? department->name : QString(), ContactListModel::membershipText(c.membership),
                c.tags.join(QStringLiteral(", ")), consentCell(c.consentFor(Channel::Email)),
                consentCell(c.consentFor(Channel::Phone)), consentCell(c.consentFor(Channel::Sms)), c.notes,
                c.createdAt.isValid() ? c.createdAt.toLocalTime().date().toString(Qt::ISODate) : QString(), c.id};
            chunk += CsvWriter::row(fields, sep).toUtf8();
            ++written;
        }
        if (!write(chunk)) {
            file.cancelWriting();
            return -1;
        }
    }
    progress.setValue(int(ids.size()));
    if (!file.commit()) {
        *error = file.errorString();
        return -1;
    }
    return written;
}

} // namespace relais
