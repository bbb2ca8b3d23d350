#pragma once

#include "animationexporter.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QPointer>

#include <memory>

class AnimationExportJob;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressDialog;
class QSpinBox;
class MapScene;

/**
 * @brief File → Export Animation…: the clip's days, speed, size, format and file,
 * then the export itself with a progress dialog (frames done, time left, Cancel).
 *
 * The export runs in an AnimationExportJob (a worker thread), so the window
 * keeps painting and answering. The Export button stays off while
 * AnimationExporter::check() finds a problem, which the dialog shows. The
 * dialog hides while the clip is written and deletes itself at the end; a
 * failure is a message naming the file.
 */
class AnimationExportDialog : public QDialog
{
    Q_OBJECT

public:
    /// For @p scene's campaign (its live scene: only its sources are read), in interface @p language.
    AnimationExportDialog(const MapScene &scene, const QString &language, QWidget *parent = nullptr);
    ~AnimationExportDialog() override;

    AnimationExporter::Options options() const;
    QString path() const;
    void setPath(const QString &path);

    /// Starts the export; false (and the problem shown) when the choices are not usable.
    bool startExport();

signals:
    /// The clip was written to @p path.
    void exported(const QString &path);

protected:
    void accept() override;

private:
    void browse();
    void formatChosen();
    void sizeChosen();
    void update();
    void showProgress(int done, int total);
    void exportFinished(bool ok, bool canceled, const QString &error);

    std::shared_ptr<const Campaign> m_campaign;
    std::shared_ptr<const ControlTimeline> m_timeline;
    std::shared_ptr<const MapSources> m_sources;
    QString m_language;
    QLineEdit *m_path = nullptr;
    QComboBox *m_format = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QSpinBox *m_daysPerSecond = nullptr;
    QSpinBox *m_framesPerDay = nullptr;
    QComboBox *m_size = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QCheckBox *m_caption = nullptr;
    QLabel *m_summary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    AnimationExportJob *m_job = nullptr;
    QPointer<QProgressDialog> m_progress;
    QElapsedTimer m_clock;
};
