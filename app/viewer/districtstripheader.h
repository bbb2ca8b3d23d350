#pragma once

#include <QWidget>

class DistrictStrips;

/**
 * @brief The scale above the district strips: a tick and the month's name at
 * the first day of each month, a small tick every week, and a marker at the
 * current date, aligned with the bands' days.
 */
class DistrictStripHeader : public QWidget
{
    Q_OBJECT

public:
    explicit DistrictStripHeader(DistrictStrips *strips);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }
    /// Sets the locale of the months' names.
    void setLanguage(const QString &language);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    DistrictStrips *m_strips = nullptr;
    QString m_language = QStringLiteral("en");
};
