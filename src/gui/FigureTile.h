#pragma once

#include <QFrame>

class QLabel;

namespace relais {

/// One figure of a statistics view, in a rounded frame: a caption, the figure in large bold letters and a
/// line of detail below it (a rate, a hint). Its object name is "tile_<key>"; the labels are "value_<key>"
/// and "rate_<key>".
class FigureTile : public QFrame
{
    Q_OBJECT
public:
    FigureTile(const QString &key, const QString &caption, QWidget *parent = nullptr);

    void setValue(const QString &value);
    void setDetail(const QString &detail);
    QString value() const;
    QString detail() const;

private:
    QLabel *m_value;
    QLabel *m_detail;
};

} // namespace relais
