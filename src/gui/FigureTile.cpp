#include "FigureTile.h"

#include <QLabel>
#include <QVBoxLayout>

namespace relais {

FigureTile::FigureTile(const QString &key, const QString &caption, QWidget *parent)
    : QFrame(parent), m_value(new QLabel(QStringLiteral("—"), this)), m_detail(new QLabel(this))
{
    setObjectName(QStringLiteral("tile_") + key);
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#tile_%1 { background: palette(base); border: 1px solid palette(mid);"
                                 " border-radius: 6px; }").arg(key));
    auto *title = new QLabel(caption, this);
    title->setForegroundRole(QPalette::PlaceholderText);
    m_value->setObjectName(QStringLiteral("value_") + key);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_value->setFont(big);
    m_detail->setObjectName(QStringLiteral("rate_") + key);
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    layout->addWidget(title);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
}

void FigureTile::setValue(const QString &value) { m_value->setText(value); }
void FigureTile::setDetail(const QString &detail) { m_detail->setText(detail); }
QString FigureTile::value() const { return m_value->text(); }
QString FigureTile::detail() const { return m_detail->text(); }

} // namespace relais
