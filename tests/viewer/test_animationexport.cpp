// File → Export Animation…: the dialog's choices, the export in a worker
// thread with its progress dialog, and Cancel leaving nothing behind.
#include "animationexportdialog.h"
#include "animationexportjob.h"
#include "campaignloader.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "mapscene.h"
#include "mapview.h"
#include "testsupport.h"
#include "viewersession.h"
#include "windowtest.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>

namespace {

class AnimationExportTest : public WindowTest
{
protected:
    void SetUp() override
    {
        WindowTest::SetUp();
        if (HasFatalFailure())
            return;
        ASSERT_TRUE(dir.isValid());
    }

    QStringList entries() const
    {
        return QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    }

    /// The dialog File → Export Animation… opens.
    AnimationExportDialog *openDialog()
    {
        auto *action = window->findChild<QAction *>(QStringLiteral("actionExportAnimation"));
        if (!action)
            return nullptr;
        action->trigger();
        return window->findChild<AnimationExportDialog *>(QStringLiteral("animationExportDialog"));
    }

    static AnimationExporter::Options shortClip()
    {
        AnimationExporter::Options options;
        options.from = QDate(2016, 11, 20);
        options.to = QDate(2016, 11, 27);
        options.framesPerDay = 2;
        options.size = QSize(320, 180);
        return options;
    }

    QTemporaryDir dir;
};

} // namespace

TEST_F(AnimationExportTest, JobWritesTheClipInAWorkerThreadAndReportsItsProgress)
{
    const MapScene &scene = *window->mapView()->mapScene();
    AnimationExportJob job(scene.campaignPtr(), scene.timelinePtr(), scene.sources());
    QList<int> done;
    bool finished = false;
    bool ok = false;
    QString error;
    QObject::connect(&job, &AnimationExportJob::progressed, &job, [&](int frames, int total) {
        done.append(frames);
        EXPECT_EQ(total, 16);
    });
    QObject::connect(&job, &AnimationExportJob::finished, &job, [&](bool written, bool, const QString &message) {
        finished = true;
        ok = written;
        error = message;
    });
    const QString path = dir.filePath(QStringLiteral("clip.mp4"));
    ASSERT_TRUE(job.start(path, shortClip()));
    EXPECT_FALSE(job.start(path, shortClip())) << "one export at a time";
    EXPECT_TRUE(QTest::qWaitFor([&] { return finished; }, 60000));
    EXPECT_TRUE(ok) << error.toStdString();
    EXPECT_FALSE(job.isRunning());
    // Counts rise to the whole clip, reported at most every tenth of a second.
    ASSERT_FALSE(done.isEmpty());
    EXPECT_EQ(done.constLast(), 16);
    EXPECT_TRUE(std::is_sorted(done.cbegin(), done.cend()));
    EXPECT_EQ(entries(), QStringList{QStringLiteral("clip.mp4")});
}

TEST_F(AnimationExportTest, DialogExportsWithProgressAndCancelLeavesNoFile)
{
    QPointer<AnimationExportDialog> dialog = openDialog();
    ASSERT_TRUE(dialog);
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);

    const QString path = dir.filePath(QStringLiteral("clip.gif"));
    dialog->setPath(path);
    EXPECT_EQ(dialog->findChild<QComboBox *>(QStringLiteral("animationFormat"))->currentIndex(), 2) << "GIF";
    auto *sizes = dialog->findChild<QComboBox *>(QStringLiteral("animationSize"));
    sizes->setCurrentIndex(sizes->count() - 1); // Custom
    auto *summary = dialog->findChild<QLabel *>(QStringLiteral("animationSummary"));
    EXPECT_TRUE(ok->isEnabled()) << summary->text().toStdString();
    const AnimationExporter::Options chosen = dialog->options();
    EXPECT_EQ(chosen.from, session->campaign()->start);
    EXPECT_EQ(chosen.to, session->campaign()->end);
    EXPECT_EQ(chosen.size, QSize(1280, 720));

    // Cancel from the progress dialog: nothing is written.
    ASSERT_TRUE(dialog->startExport());
    auto *progress = window->findChild<QProgressDialog *>(QStringLiteral("animationProgress"));
    ASSERT_NE(progress, nullptr);
    EXPECT_TRUE(QTest::qWaitFor([&] { return progress->value() > 0; }, 60000));
    QTest::mouseClick(progress->findChild<QPushButton *>(), Qt::LeftButton);
    EXPECT_TRUE(QTest::qWaitFor([&] { return dialog.isNull(); }, 60000)) << "the dialog closes itself";
    EXPECT_EQ(entries(), QStringList());
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QLatin1String("canceled")));

    // A short clip to the end.
    dialog = openDialog();
    ASSERT_TRUE(dialog);
    const QString mp4 = dir.filePath(QStringLiteral("short.mp4"));
    dialog->setPath(mp4);
    sizes = dialog->findChild<QComboBox *>(QStringLiteral("animationSize"));
    sizes->setCurrentIndex(sizes->count() - 1);
    const AnimationExporter::Options clip = shortClip();
    dialog->findChild<QDateEdit *>(QStringLiteral("animationFrom"))->setDate(clip.from);
    dialog->findChild<QDateEdit *>(QStringLiteral("animationTo"))->setDate(clip.to);
    dialog->findChild<QSpinBox *>(QStringLiteral("animationWidth"))->setValue(clip.size.width());
    dialog->findChild<QSpinBox *>(QStringLiteral("animationHeight"))->setValue(clip.size.height());
    EXPECT_EQ(dialog->options().size, clip.size);
    EXPECT_EQ(dialog->options().to, clip.to);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    EXPECT_TRUE(QTest::qWaitFor([&] { return dialog.isNull(); }, 60000));
    EXPECT_EQ(entries(), QStringList{QStringLiteral("short.mp4")});
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(mp4));
}
