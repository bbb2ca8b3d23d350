#include "animationexportdialog.h"

#include "animationexportjob.h"
#include "mapscene.h"
#include "videoencoder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>

#include <cmath>

namespace {

/// The formats in the order of the format box, with their extension ("": a folder of PNG frames).
struct FormatChoice
{
    VideoEncoder::Format format;
    const char *extension;
};
constexpr FormatChoice kFormats[] = {{VideoEncoder::Format::Mp4, "mp4"},
                                     {VideoEncoder::Format::WebM, "webm"},
                                     {VideoEncoder::Format::Gif, "gif"},
                                     {VideoEncoder::Format::PngFrames, ""}};

constexpr QSize kPresets[] = {{1280, 720}, {1920, 1080}, {1080, 1080}};

/// @p path with the extension of @p choice (a PNG folder has none).
QString withExtension(const QString &path, const FormatChoice &choice)
{
    const QFileInfo info(path);
    QString base = path;
    if (!info.suffix().isEmpty())
        base.chop(info.suffix().size() + 1);
    return *choice.extension ? base + QLatin1Char('.') + QLatin1String(choice.extension) : base;
}

} // namespace

AnimationExportDialog::AnimationExportDialog(const MapScene &scene, const QString &language, QWidget *parent)
    : QDialog(parent)
    , m_campaign(scene.campaignPtr())
    , m_timeline(scene.timelinePtr())
    , m_sources(scene.sources())
    , m_language(language)
    , m_path(new QLineEdit(this))
    , m_format(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_daysPerSecond(new QSpinBox(this))
    , m_framesPerDay(new QSpinBox(this))
    , m_size(new QComboBox(this))
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_caption(new QCheckBox(this))
    , m_summary(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("animationExportDialog"));
    // Lives through the export (hidden), then closes itself.
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Export Animation"));
    m_path->setObjectName(QStringLiteral("animationPath"));
    m_format->setObjectName(QStringLiteral("animationFormat"));
    m_size->setObjectName(QStringLiteral("animationSize"));
    m_from->setObjectName(QStringLiteral("animationFrom"));
    m_to->setObjectName(QStringLiteral("animationTo"));
    m_width->setObjectName(QStringLiteral("animationWidth"));
    m_height->setObjectName(QStringLiteral("animationHeight"));
    m_summary->setObjectName(QStringLiteral("animationSummary"));
    m_summary->setWordWrap(true);

    m_format->addItems(
        {tr("MP4 video (H.264)"), tr("WebM video (VP9)"), tr("GIF animation"), tr("PNG frames (a new folder)")});
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setDateRange(m_campaign->start, m_campaign->end);
        edit->setCalendarPopup(true);
    }
    m_from->setDate(m_campaign->start);
    m_to->setDate(m_campaign->end);
    m_daysPerSecond->setRange(1, AnimationExporter::kMaxDaysPerSecond);
    m_daysPerSecond->setValue(AnimationExporter::Options().daysPerSecond);
    m_framesPerDay->setRange(1, AnimationExporter::kMaxFramesPerDay);
    m_framesPerDay->setValue(AnimationExporter::Options().framesPerDay);
    for (const QSize &preset : kPresets)
        m_size->addItem(tr("%1 \u00D7 %2").arg(preset.width()).arg(preset.height()));
    m_size->addItem(tr("Custom"));
    m_width->setRange(AnimationExporter::kMinSize.width(), AnimationExporter::kMaxSide);
    m_height->setRange(AnimationExporter::kMinSize.height(), AnimationExporter::kMaxSide);
    for (QSpinBox *side : {m_width, m_height}) {
        side->setSingleStep(2);
        side->setSuffix(tr(" px"));
    }
    m_width->setValue(kPresets[0].width());
    m_height->setValue(kPresets[0].height());
    m_caption->setText(tr("Caption: the day's first event, in the map's language"));

    const QString suggested = QDir::home().filePath(
        QStringLiteral("%1-%2-%3.mp4")
            .arg(m_campaign->id, m_campaign->start.toString(Qt::ISODate), m_campaign->end.toString(Qt::ISODate)));
    m_path->setText(suggested);
    m_path->setMinimumWidth(m_path->fontMetrics().horizontalAdvance(suggested) + 24);
    auto *browseButton = new QPushButton(tr("Browse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_from);
    dateRow->addWidget(new QLabel(tr("to"), this));
    dateRow->addWidget(m_to);
    dateRow->addStretch(1);
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_size);
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("\u00D7"), this));
    sizeRow->addWidget(m_height);
    sizeRow->addStretch(1);

    auto *form = new QFormLayout;
    // A label with a buddy: its mnemonic focuses the row's first field.
    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    form->addRow(label(tr("&File:"), m_path), pathRow);
    form->addRow(label(tr("F&ormat:"), m_format), m_format);
    form->addRow(label(tr("&Days:"), m_from), dateRow);
    form->addRow(label(tr("Days per &second:"), m_daysPerSecond), m_daysPerSecond);
    form->addRow(label(tr("Frames per d&ay:"), m_framesPerDay), m_framesPerDay);
    form->addRow(label(tr("Si&ze:"), m_size), sizeRow);
    form->addRow(QString(), m_caption);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));

    connect(browseButton, &QPushButton::clicked, this, &AnimationExportDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, &AnimationExportDialog::formatChosen);
    connect(m_size, &QComboBox::currentIndexChanged, this, &AnimationExportDialog::sizeChosen);
    connect(m_path, &QLineEdit::textChanged, this, &AnimationExportDialog::update);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &AnimationExportDialog::update);
    for (QSpinBox *spin : {m_daysPerSecond, m_framesPerDay, m_width, m_height})
        connect(spin, &QSpinBox::valueChanged, this, &AnimationExportDialog::update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AnimationExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    sizeChosen();
}

AnimationExportDialog::~AnimationExportDialog() = default;

AnimationExporter::Options AnimationExportDialog::options() const
{
    AnimationExporter::Options o;
    o.from = m_from->date();
    o.to = m_to->date();
    o.daysPerSecond = m_daysPerSecond->value();
    o.framesPerDay = m_framesPerDay->value();
    o.size = QSize(m_width->value(), m_height->value());
    o.language = m_language;
    o.caption = m_caption->isChecked();
    return o;
}

QString AnimationExportDialog::path() const
{
    return m_path->text().trimmed();
}

void AnimationExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
    VideoEncoder::Format format;
    if (!VideoEncoder::formatForPath(path, &format))
        return;
    for (int i = 0; i < int(std::size(kFormats)); ++i) {
        if (kFormats[i].format == format) {
            const QSignalBlocker blocker(m_format);
            m_format->setCurrentIndex(i);
        }
    }
}

void AnimationExportDialog::browse()
{
    const FormatChoice &choice = kFormats[m_format->currentIndex()];
    QString chosen;
    if (choice.format == VideoEncoder::Format::PngFrames)
        chosen = QFileDialog::getSaveFileName(this, tr("Folder for the PNG Frames"), path());
    else
        chosen = QFileDialog::getSaveFileName(this, tr("Export Animation"), path(),
                                              tr("MP4 video (*.mp4);;WebM video (*.webm);;GIF animation (*.gif)"));
    if (!chosen.isEmpty())
        setPath(chosen);
}

void AnimationExportDialog::formatChosen()
{
    m_path->setText(withExtension(path(), kFormats[m_format->currentIndex()]));
}

void AnimationExportDialog::sizeChosen()
{
    const int index = m_size->currentIndex();
    const bool custom = index >= int(std::size(kPresets));
    if (!custom) {
        m_width->setValue(kPresets[index].width());
        m_height->setValue(kPresets[index].height());
    }
    m_width->setEnabled(custom);
    m_height->setEnabled(custom);
    update();
}

void AnimationExportDialog::update()
{
    const AnimationExporter::Options o = options();
    const QString problem = AnimationExporter::check(*m_campaign, path(), o);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    if (!problem.isEmpty()) {
        m_summary->setText(problem);
        return;
    }
    const int frames = AnimationExporter::frameCount(o);
    const double seconds = double(frames) / (o.daysPerSecond * o.framesPerDay);
    m_summary->setText(tr("%1 frames, %2 seconds at %3 frames per second")
                           .arg(frames)
                           .arg(seconds, 0, 'f', 1)
                           .arg(o.daysPerSecond * o.framesPerDay));
}

void AnimationExportDialog::accept()
{
    startExport();
}

bool AnimationExportDialog::startExport()
{
    const AnimationExporter::Options o = options();
    const QString problem = AnimationExporter::check(*m_campaign, path(), o);
    if (problem.isEmpty() && !m_job) {
        m_job = new AnimationExportJob(m_campaign, m_timeline, m_sources, this);
        connect(m_job, &AnimationExportJob::progressed, this, &AnimationExportDialog::showProgress);
        connect(m_job, &AnimationExportJob::finished, this, &AnimationExportDialog::exportFinished);
    }
    if (!problem.isEmpty() || !m_job->start(path(), o)) {
        m_summary->setText(problem);
        return false;
    }
    hide();
    m_progress = new QProgressDialog(parentWidget());
    m_progress->setObjectName(QStringLiteral("animationProgress"));
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    m_progress->setWindowTitle(tr("Exporting Animation"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(0);
    m_progress->setRange(0, AnimationExporter::frameCount(o));
    m_progress->setLabelText(tr("Starting…"));
    connect(m_progress, &QProgressDialog::canceled, m_job, &AnimationExportJob::cancel);
    m_progress->show();
    m_clock.start();
    return true;
}

void AnimationExportDialog::showProgress(int done, int total)
{
    if (!m_progress)
        return;
    const double perFrame = double(m_clock.elapsed()) / std::max(1, done);
    const int left = int(std::ceil(perFrame * (total - done) / 1000.0));
    m_progress->setValue(done);
    m_progress->setLabelText(tr("Frame %1 of %2, about %3 s left").arg(done).arg(total).arg(left));
}

void AnimationExportDialog::exportFinished(bool ok, bool canceled, const QString &error)
{
    if (m_progress)
        m_progress->close();
    auto *window = qobject_cast<QMainWindow *>(parentWidget());
    if (ok) {
        if (window)
            window->statusBar()->showMessage(tr("Saved the animation to %1").arg(path()), 5000);
        emit exported(path());
    } else if (canceled) {
        if (window)
            window->statusBar()->showMessage(tr("Animation export canceled; nothing was written."), 5000);
    } else {
        QMessageBox::warning(parentWidget(), tr("Export Failed"),
                             tr("The animation could not be saved:\n%1").arg(error));
    }
    done(ok ? QDialog::Accepted : QDialog::Rejected);
}
