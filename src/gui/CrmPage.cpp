#include "CrmPage.h"

#include "ContactEditor.h"
#include "ContactListModel.h"
#include "ProfileSession.h"
#include "ZoneTree.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace relais {

namespace {
constexpr int SearchDelayMs = 150;

void fitPopup(QComboBox *combo)
{
    int width = 0;
    const QFontMetrics fm = combo->fontMetrics();
    for (int i = 0; i < combo->count(); ++i)
        width = std::max(width, fm.horizontalAdvance(combo->itemText(i)));
    combo->view()->setMinimumWidth(width + 40);
}

} // namespace

CrmPage::CrmPage(ProfileSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new ContactListModel(session, this)),
      m_searchEdit(new QLineEdit(this)), m_regionCombo(new QComboBox(this)), m_departmentCombo(new QComboBox(this)),
      m_tagCombo(new QComboBox(this)), m_consentCombo(new QComboBox(this)), m_membershipCombo(new QComboBox(this)),
      m_clearFiltersButton(new QToolButton(this)), m_newButton(new QPushButton(tr("New contact"), this)),
      m_table(new QTableView(this)), m_listStack(new QStackedWidget(this)), m_emptyLabel(new QLabel(this)),
      m_emptyClearButton(new QPushButton(tr("Clear the search and filters"), this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)), m_editor(new ContactEditor(session, this)),
      m_searchTimer(new QTimer(this)), m_refreshTimer(new QTimer(this))
{
    // Search row.
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setPlaceholderText(tr("Search names, emails, phones, communes…"));
    m_searchEdit->setClearButtonEnabled(true);
    if (QIcon::hasThemeIcon(QStringLiteral("edit-find")))
        m_searchEdit->addAction(QIcon::fromTheme(QStringLiteral("edit-find")), QLineEdit::LeadingPosition);
    m_searchEdit->setToolTip(tr("Search as you type (Ctrl+F). Press Down to go to the list."));
    m_newButton->setObjectName(QStringLiteral("newContactButton"));
    m_newButton->setIcon(QIcon::fromTheme(QStringLiteral("contact-new"),
                                          style()->standardIcon(QStyle::SP_FileIcon, nullptr, this)));
    m_newButton->setToolTip(tr("Add a contact (Ctrl+N)"));

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_searchEdit, 1);
    searchRow->addWidget(m_newButton);

    // Table.
    m_table->setObjectName(QStringLiteral("contactTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setShowGrid(false);
    m_table->setTabKeyNavigation(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setCornerButtonEnabled(false);
    m_table->verticalHeader()->hide();
    // Fixed, uniform row heights: the view never measures rows, so a million of them costs nothing.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Widths for the usual content; the first six columns fit beside the editor at 1280 pixels.
    const QFontMetrics fm = m_table->fontMetrics();
    const auto chars = [&fm](int n) { return fm.averageCharWidth() * n + 12; };
    m_table->setColumnWidth(ContactListModel::NameColumn, chars(19));
    m_table->setColumnWidth(ContactListModel::EmailColumn, chars(21));
    m_table->setColumnWidth(ContactListModel::PhoneColumn, fm.horizontalAdvance(QStringLiteral("06 12 34 56 78")) + 16);
    m_table->setColumnWidth(ContactListModel::CommuneColumn, chars(22));
    m_table->setColumnWidth(ContactListModel::ConsentColumn, chars(14));
    m_table->setColumnWidth(ContactListModel::MembershipColumn,
                            fm.horizontalAdvance(ContactListModel::membershipText(Membership::Former)) + 12);
    // Right-click on the header: choose the columns shown.
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this, header](const QPoint &pos) {
        QMenu menu(this);
        menu.setTitle(tr("Columns"));
        for (int c = 0; c < m_model->columnCount(); ++c) {
            QAction *a = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
            a->setCheckable(true);
            a->setChecked(!header->isSectionHidden(c));
            a->setEnabled(c != ContactListModel::NameColumn);
            connect(a, &QAction::toggled, header, [header, c](bool on) { header->setSectionHidden(c, !on); });
        }
        menu.exec(header->viewport()->mapToGlobal(pos));
    });

    m_emptyLabel->setObjectName(QStringLiteral("emptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyClearButton->setObjectName(QStringLiteral("emptyClearButton"));
    auto *emptyPage = new QWidget(this);
    auto *emptyLayout = new QVBoxLayout(emptyPage);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyLabel);
    emptyLayout->addWidget(m_emptyClearButton, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);
    m_listStack->addWidget(m_table);
    m_listStack->addWidget(emptyPage);

    m_editor->setMinimumWidth(340);
    m_splitter->addWidget(m_listStack);
    m_splitter->addWidget(m_editor);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({760, 380});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(buildFilterBar());
    layout->addWidget(m_splitter, 1);

    // Behaviour.
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchEdit, &QLineEdit::returnPressed, this, &CrmPage::applyQuery);
    connect(m_searchTimer, &QTimer::timeout, this, &CrmPage::applyQuery);
    m_searchEdit->installEventFilter(this);
    connect(m_refreshTimer, &QTimer::timeout, this, &CrmPage::refreshList);
    connect(m_newButton, &QPushButton::clicked, this, &CrmPage::newContact);
    connect(m_emptyClearButton, &QPushButton::clicked, this, [this] { clearFilters(true); });
    connect(m_model, &ContactListModel::countChanged, this, &CrmPage::countChanged);
    connect(m_model, &ContactListModel::modelReset, this, &CrmPage::updateEmptyState);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CrmPage::onCurrentRowChanged);
    connect(m_editor, &ContactEditor::saved, this, [this](qint64 localId) { m_wantedLocalId = localId; });
    if (m_session)
        connect(m_session, &ProfileSession::contactsChanged, this, &CrmPage::scheduleRefresh);

    auto *findShortcut = new QShortcut(QKeySequence::Find, this);
    findShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(findShortcut, &QShortcut::activated, this, &CrmPage::focusSearch);
    auto *newShortcut = new QShortcut(QKeySequence::New, this);
    newShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(newShortcut, &QShortcut::activated, this, &CrmPage::newContact);

    setFocusProxy(m_searchEdit);
    m_model->setQuery(queryFromControls());
}

QWidget *CrmPage::buildFilterBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);

    m_regionCombo->setObjectName(QStringLiteral("regionFilter"));
    m_departmentCombo->setObjectName(QStringLiteral("departmentFilter"));
    m_tagCombo->setObjectName(QStringLiteral("tagFilter"));
    m_consentCombo->setObjectName(QStringLiteral("consentFilter"));
    m_membershipCombo->setObjectName(QStringLiteral("membershipFilter"));
    m_regionCombo->setToolTip(tr("Only the contacts of a region"));
    m_departmentCombo->setToolTip(tr("Only the contacts of a department"));
    m_tagCombo->setToolTip(tr("Only the contacts with a tag"));
    m_consentCombo->setToolTip(tr("Only the contacts who agreed to be contacted this way"));
    m_membershipCombo->setToolTip(tr("Only the contacts with this membership"));

    fillRegions();
    fillDepartments();
    m_tagCombo->addItem(tr("All tags"), QString());
    refreshTags();
    m_consentCombo->addItem(tr("Any consent"), -1);
    m_consentCombo->addItem(tr("Accepts emails"), int(Channel::Email));
    m_consentCombo->addItem(tr("Accepts phone calls"), int(Channel::Phone));
    m_consentCombo->addItem(tr("Accepts SMS"), int(Channel::Sms));
    m_membershipCombo->addItem(tr("Any membership"), QString());
    for (Membership m : {Membership::None, Membership::Supporter, Membership::Member, Membership::Former})
        m_membershipCombo->addItem(ContactListModel::membershipText(m), membershipId(m));

    for (QComboBox *combo : {m_regionCombo, m_departmentCombo, m_tagCombo, m_consentCombo, m_membershipCombo}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(combo == m_departmentCombo || combo == m_regionCombo ? 18
                                        : combo == m_consentCombo                              ? 20
                                                                                               : 14);
        combo->setMaxVisibleItems(20);
        fitPopup(combo);
        row->addWidget(combo);
    }
    m_clearFiltersButton->setObjectName(QStringLiteral("clearFiltersButton"));
    m_clearFiltersButton->setText(tr("Clear filters"));
    m_clearFiltersButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_clearFiltersButton->setAutoRaise(true);
    m_clearFiltersButton->setEnabled(false);
    row->addWidget(m_clearFiltersButton);
    row->addStretch(1);

    connect(m_regionCombo, &QComboBox::currentIndexChanged, this, [this] {
        fillDepartments();
        applyQuery();
    });
    for (QComboBox *combo : {m_departmentCombo, m_tagCombo, m_consentCombo, m_membershipCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &CrmPage::applyQuery);
    connect(m_clearFiltersButton, &QToolButton::clicked, this, [this] { clearFilters(false); });
    return bar;
}

void CrmPage::fillRegions()
{
    const QSignalBlocker blocker(m_regionCombo);
    m_regionCombo->addItem(tr("All regions"), QString());
    for (const Zone *r : ZoneTree::france().regions())
        m_regionCombo->addItem(r->name, r->code);
}

void CrmPage::fillDepartments()
{
    const QSignalBlocker blocker(m_departmentCombo);
    const QString region = m_regionCombo->currentData().toString();
    const QString previous = m_departmentCombo->currentData().toString();
    m_departmentCombo->clear();
    const ZoneTree &zones = ZoneTree::france();
    m_departmentCombo->addItem(region.isEmpty() ? tr("All departments") : tr("All its departments"), QString());
    const QList<const Zone *> departments = region.isEmpty() ? zones.departments() : zones.children(region);
    for (const Zone *d : departments) {
        if (d->type != ZoneType::Department)
            continue;
        // "69 – Rhône": the number first, as people know them.
        m_departmentCombo->addItem(tr("%1 – %2", "department number – name").arg(d->code.mid(1), d->name), d->code);
    }
    m_departmentCombo->setCurrentIndex(std::max(0, m_departmentCombo->findData(previous)));
    fitPopup(m_departmentCombo);
}

void CrmPage::refreshTags()
{
    if (!m_session || !m_session->contacts())
        return;
    const QStringList names = m_session->contacts()->tagNames();
    QStringList current;
    for (int i = 1; i < m_tagCombo->count(); ++i)
        current << m_tagCombo->itemText(i);
    if (current == names)
        return;
    const QSignalBlocker blocker(m_tagCombo);
    const QString selected = m_tagCombo->currentData().toString();
    while (m_tagCombo->count() > 1)
        m_tagCombo->removeItem(1);
    for (const QString &t : names)
        m_tagCombo->addItem(t, t);
    m_tagCombo->setCurrentIndex(std::max(0, m_tagCombo->findData(selected)));
    fitPopup(m_tagCombo);
}

ContactQuery CrmPage::queryFromControls() const
{
    ContactQuery q;
    q.text = m_searchEdit->text().trimmed();
    q.zone = m_departmentCombo->currentData().toString();
    if (q.zone.isEmpty())
        q.zone = m_regionCombo->currentData().toString();
    q.tag = m_tagCombo->currentData().toString();
    const int consent = m_consentCombo->currentData().toInt();
    if (consent >= 0)
        q.consent = Channel(consent);
    q.membership = membershipFromId(m_membershipCombo->currentData().toString());
    return q;
}

ContactQuery CrmPage::currentQuery() const
{
    return m_model->query();
}

void CrmPage::applyQuery()
{
    m_searchTimer->stop();
    const ContactQuery q = queryFromControls();
    m_clearFiltersButton->setEnabled(!q.zone.isEmpty() || !q.tag.isEmpty() || q.consent || q.membership);
    if (q == m_model->query())
        return;
    m_model->setQuery(q);
    selectLocalId(m_editor->localId());
}

void CrmPage::scheduleRefresh()
{
    m_refreshTimer->start();
}

void CrmPage::refreshList()
{
    refreshTags();
    const qint64 wanted = m_wantedLocalId ? m_wantedLocalId : m_editor->localId();
    m_wantedLocalId = 0;
    m_model->refresh();
    selectLocalId(wanted);
}

void CrmPage::selectLocalId(qint64 localId)
{
    const int row = m_model->rowOfLocalId(localId);
    if (row < 0)
        return;
    m_restoringSelection = true;
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    m_restoringSelection = false;
}

void CrmPage::onCurrentRowChanged(const QModelIndex &current, const QModelIndex &previous)
{
    Q_UNUSED(previous);
    if (m_restoringSelection || !current.isValid())
        return;
    const qint64 localId = m_model->localIdAt(current.row());
    if (localId == m_editor->localId() && m_editor->isEditing())
        return;
    if (!maybeKeepChanges()) {
        // Stay on the contact being edited.
        QTimer::singleShot(0, this, [this] {
            const int row = m_model->rowOfLocalId(m_editor->localId());
            m_restoringSelection = true;
            if (row >= 0)
                m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                           QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            else
                m_table->selectionModel()->clear();
            m_restoringSelection = false;
        });
        return;
    }
    if (!m_editor->loadContact(localId))
        scheduleRefresh(); // deleted meanwhile: the list is stale
}

bool CrmPage::maybeKeepChanges()
{
    if (!m_editor->isEditing() || !m_editor->isModified())
        return true;
    const QString name = m_editor->isNew() ? tr("the new contact") : m_editor->contact().displayName();
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"), tr("Save the changes made to %1?").arg(name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return m_editor->save();
    if (answer == QMessageBox::Discard) {
        m_editor->revert();
        return true;
    }
    return false;
}

void CrmPage::newContact()
{
    if (!maybeKeepChanges())
        return;
    m_restoringSelection = true;
    m_table->selectionModel()->clear();
    m_restoringSelection = false;
    m_editor->newContact();
}

bool CrmPage::eventFilter(QObject *watched, QEvent *event)
{
    // Down in the search box goes to the list, so the keyboard alone can search and pick.
    if (watched == m_searchEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_PageDown) && m_model->rowCount() > 0) {
            applyQuery();
            m_table->setFocus(Qt::TabFocusReason);
            if (!m_table->currentIndex().isValid())
                m_table->setCurrentIndex(m_model->index(0, 0));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CrmPage::focusSearch()
{
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

void CrmPage::clearFilters(bool includingSearch)
{
    for (QComboBox *combo : {m_regionCombo, m_departmentCombo, m_tagCombo, m_consentCombo, m_membershipCombo}) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(0);
    }
    fillDepartments();
    if (includingSearch) {
        const QSignalBlocker blocker(m_searchEdit);
        m_searchEdit->clear();
    }
    applyQuery();
}

void CrmPage::updateEmptyState()
{
    if (m_model->rowCount() > 0) {
        m_listStack->setCurrentIndex(0);
        return;
    }
    const bool noContactAtAll = m_model->query().isEmpty();
    if (noContactAtAll) {
        m_emptyLabel->setText(tr("No contacts yet.\nClick “New contact” to add one, or import a CSV file from the File menu."));
        m_emptyClearButton->hide();
    } else {
        m_emptyLabel->setText(tr("No contact matches your search and filters.\nCheck the spelling, or clear the filters."));
        m_emptyClearButton->show();
    }
    m_listStack->setCurrentIndex(1);
}

} // namespace relais
