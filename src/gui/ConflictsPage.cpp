#include "ConflictsPage.h"

#include "ContactJson.h"
#include "ContactRepository.h"
#include "ProfileSession.h"
#include "Replica.h"
#include "SyncStore.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace relais {

ConflictsPage::ConflictsPage(ProfileSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_list(new QTreeWidget(this)), m_summary(new QLabel(this)),
      m_keepButton(new QPushButton(tr("&Keep the current value"), this)),
      m_otherButton(new QPushButton(tr("&Use the other value"), this))
{
    auto *heading = new QLabel(tr("Sync conflicts"), this);
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    heading->setFont(f);
    m_summary->setWordWrap(true);

    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHeaderLabels({tr("Contact"), tr("Field"), tr("Current value"), tr("Other value"),
                             tr("Other value by"), tr("When")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(3, QHeaderView::Stretch);

    m_keepButton->setToolTip(tr("The value the server kept stays; the other one is dropped"));
    m_otherButton->setToolTip(tr("The other value replaces the current one, on every computer at the next sync"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_keepButton);
    buttons->addWidget(m_otherButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &ConflictsPage::updateButtons);
    connect(m_keepButton, &QPushButton::clicked, this, [this] { resolveSelected(false); });
    connect(m_otherButton, &QPushButton::clicked, this, [this] { resolveSelected(true); });
    reload();
}

int ConflictsPage::count() const { return int(m_conflicts.size()); }

QString ConflictsPage::fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("zone"), QT_TR_NOOP("Department")},
        {QStringLiteral("title"), QT_TR_NOOP("Title")},
        {QStringLiteral("first_name"), QT_TR_NOOP("First name")},
        {QStringLiteral("last_name"), QT_TR_NOOP("Last name")},
        {QStringLiteral("birthdate"), QT_TR_NOOP("Date of birth")},
        {QStringLiteral("email"), QT_TR_NOOP("Email")},
        {QStringLiteral("other_emails"), QT_TR_NOOP("Other emails")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("other_phones"), QT_TR_NOOP("Other phones")},
        {QStringLiteral("address"), QT_TR_NOOP("Address")},
        {QStringLiteral("postal_code"), QT_TR_NOOP("Postal code")},
        {QStringLiteral("commune_code"), QT_TR_NOOP("Commune")},
        {QStringLiteral("membership"), QT_TR_NOOP("Membership")},
        {QStringLiteral("tags"), QT_TR_NOOP("Tags")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")},
        {QStringLiteral("consent_email"), QT_TR_NOOP("Consent by email")},
        {QStringLiteral("consent_phone"), QT_TR_NOOP("Consent by phone")},
        {QStringLiteral("consent_sms"), QT_TR_NOOP("Consent by SMS")},
        {QStringLiteral("custom"), QT_TR_NOOP("Custom fields")},
    };
    const char *label = labels.value(field);
    return label ? tr(label) : field;
}

QString ConflictsPage::displayValue(const QString &field, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty()))
        return tr("(empty)");
    if (field.startsWith(QLatin1String("consent_"))) {
        const QJsonObject o = value.toObject();
        const QJsonValue g = o.value(QLatin1String("granted"));
        QString text = g.isBool() ? (g.toBool() ? tr("Yes, agrees") : tr("No, refuses")) : tr("Not asked");
        QStringList details;
        const QDateTime at = ContactJson::fromIso(o.value(QLatin1String("at")).toString());
        if (at.isValid())
            details << QLocale().toString(at.toLocalTime().date(), QLocale::ShortFormat);
        if (!o.value(QLatin1String("source")).toString().isEmpty())
            details << o.value(QLatin1String("source")).toString();
        if (!details.isEmpty())
            text += QStringLiteral(" (") + details.join(QStringLiteral(", ")) + u')';
        return text;
    }
    if (field == QLatin1String("membership")) {
        const QString m = value.toString();
        if (m == QLatin1String("member"))
            return tr("Member");
        if (m == QLatin1String("supporter"))
            return tr("Supporter");
        if (m == QLatin1String("former"))
            return tr("Former member");
        return tr("None");
    }
    if (value.isArray()) {
        QStringList parts;
        const QJsonArray a = value.toArray();
        for (const QJsonValue &v : a)
            parts << v.toString();
        return parts.isEmpty() ? tr("(empty)") : parts.join(QStringLiteral(", "));
    }
    if (value.isObject()) {
        QStringList parts;
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            parts << it.key() + QStringLiteral(": ") + it.value().toVariant().toString();
        return parts.isEmpty() ? tr("(empty)") : parts.join(QStringLiteral(", "));
    }
    return value.toVariant().toString();
}

void ConflictsPage::reload()
{
    const int before = count();
    m_list->clear();
    m_conflicts.clear();
    if (m_session && m_session->isUnlocked()) {
        SyncStore store(m_session->replica()->database());
        m_conflicts = store.listConflicts();
    }
    for (const SyncConflict &c : std::as_const(m_conflicts)) {
        const auto contact = m_session->contacts()->byId(c.contactId);
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, contact ? contact->displayName() : tr("(contact not here)"));
        item->setText(1, fieldLabel(c.field));
        item->setText(2, displayValue(c.field, c.serverValue));
        item->setText(3, displayValue(c.field, c.clientValue));
        item->setText(4, c.clientAuthor);
        item->setText(5, QLocale().toString(c.createdAt.toLocalTime(), QLocale::ShortFormat));
        item->setToolTip(2, item->text(2));
        item->setToolTip(3, item->text(3));
    }
    m_summary->setText(m_conflicts.isEmpty()
        ? tr("No conflicts: every change made here and elsewhere could be merged.")
        : tr("%n field(s) were changed both here and elsewhere since the last sync. The current value is the "
             "one the server received first; choose, field by field, which value to keep.",
             nullptr, int(m_conflicts.size())));
    if (!m_conflicts.isEmpty())
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
    if (before != count())
        Q_EMIT countChanged(count());
}

void ConflictsPage::updateButtons()
{
    const bool any = m_list->currentItem() != nullptr && !m_conflicts.isEmpty();
    m_keepButton->setEnabled(any);
    m_otherButton->setEnabled(any);
}

bool ConflictsPage::resolve(int row, bool useOther, QString *error)
{
    if (row < 0 || row >= m_conflicts.size() || !m_session || !m_session->isUnlocked())
        return false;
    const SyncConflict c = m_conflicts.at(row);
    SyncStore store(m_session->replica()->database());
    QString e;
    if (!store.resolveConflict(c.id, useOther ? c.clientValue : c.serverValue, &e)) {
        if (error)
            *error = e;
        return false;
    }
    reload();
    Q_EMIT m_session->contactsChanged();
    Q_EMIT resolved();
    return true;
}

void ConflictsPage::resolveSelected(bool useOther)
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    QString error;
    if (!resolve(row, useOther, &error) && !error.isEmpty())
        QMessageBox::warning(this, tr("Conflict"), tr("The conflict could not be resolved: %1").arg(error));
}

} // namespace relais
