// File › Export Data… and File › Print… as a user drives them.
#include "campaignloader.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "publishactions.h"
#include "testsupport.h"
#include "viewersession.h"
#include "windowtest.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QPrintDialog>
#include <QPrinter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

namespace {

class Publishing : public WindowTest
{
protected:
    void SetUp() override
    {
        WindowTest::SetUp();
        if (HasFatalFailure())
            return;
        publish = window->findChild<PublishActions *>();
        ASSERT_NE(publish, nullptr);
        ASSERT_TRUE(dir.isValid());
    }

    /// Triggers File › Export Data…, types @p name in the file dialog, picks @p filter and saves.
    bool exportThroughTheDialog(const QString &name, const QString &filter)
    {
        bool seen = false;
        QTimer::singleShot(0, window.get(), [&] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            seen = true;
            dialog->selectNameFilter(filter);
            dialog->selectFile(dir.filePath(name));
            static_cast<QDialog *>(dialog)->accept(); // QFileDialog hides accept()
        });
        publish->exportDataAction()->trigger();
        return seen;
    }

    QString readText(const QString &path) const
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    QTemporaryDir dir;
    PublishActions *publish = nullptr;
};

int reportedRows(const QString &csv)
{
    int n = 0;
    for (const QString &line : csv.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("change,")) && line.contains(QLatin1String(",reported,")))
            ++n;
    }
    return n;
}

} // namespace

TEST_F(Publishing, ExportDataAddsTheChosenFiltersExtensionAndFollowsArticleOnly)
{
    const QString csvFilter = PublishActions::dataFilters().split(QStringLiteral(";;")).at(1);
    ASSERT_TRUE(exportThroughTheDialog(QStringLiteral("changes"), csvFilter));
    const QString withReports = readText(dir.filePath(QStringLiteral("changes.csv")));
    ASSERT_FALSE(withReports.isEmpty()) << "changes.csv was not written";
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("changes"))));
    EXPECT_TRUE(withReports.startsWith(QStringLiteral("record,date,end_date,district,")));
    EXPECT_GT(reportedRows(withReports), 10);

    window->findChild<QAction *>(QStringLiteral("actionArticleOnly"))->trigger();
    ASSERT_TRUE(session->isArticleOnly());
    ASSERT_TRUE(exportThroughTheDialog(QStringLiteral("article"), csvFilter));
    const QString articleOnly = readText(dir.filePath(QStringLiteral("article.csv")));
    ASSERT_FALSE(articleOnly.isEmpty());
    EXPECT_EQ(reportedRows(articleOnly), 0);

    const QString geoFilter = PublishActions::dataFilters().split(QStringLiteral(";;")).at(0);
    ASSERT_TRUE(exportThroughTheDialog(QStringLiteral("periods"), geoFilter));
    EXPECT_TRUE(readText(dir.filePath(QStringLiteral("periods.geojson")))
                    .contains(QStringLiteral("\"type\":\"FeatureCollection\"")));
}

TEST_F(Publishing, AnUnwritableFolderGivesOneClearMessageAndNoFile)
{
    // A folder that cannot be made: its parent is a file (root may write anywhere else).
    QFile blocker(dir.filePath(QStringLiteral("blocker")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString path = dir.filePath(QStringLiteral("blocker/data.geojson"));
    QString written;
    QString error;
    EXPECT_FALSE(publish->exportDataTo(path, QString(), &written, &error));
    EXPECT_TRUE(error.startsWith(path + QStringLiteral(": "))) << error.toStdString();
    EXPECT_EQ(error.count(path), 1) << error.toStdString();
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot), QStringList{QStringLiteral("blocker")});
}

TEST_F(Publishing, CtrlPOpensThePrintDialog)
{
    bool seen = false;
    QTimer::singleShot(0, window.get(), [&] {
        if (auto *dialog = qobject_cast<QPrintDialog *>(QApplication::activeModalWidget())) {
            seen = true;
            dialog->reject();
        }
    });
    QTest::keyClick(window.get(), Qt::Key_P, Qt::ControlModifier);
    EXPECT_TRUE(seen);
}

TEST_F(Publishing, APrintoutIsThePdfLayoutWithSearchableNames)
{
    session->setCurrentDate(QDate(2016, 11, 27));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Landscape);
    const QString path = dir.filePath(QStringLiteral("printout.pdf"));
    printer.setOutputFileName(path);
    QString error;
    ASSERT_TRUE(publish->printTo(&printer, &error)) << error.toStdString();
    ASSERT_TRUE(QFile::exists(path));
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    QProcess p;
    p.start(tool, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    ASSERT_TRUE(p.waitForFinished(30000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    for (const QString &words :
         {QStringLiteral("Hanano"), QStringLiteral("27 November 2016"), QStringLiteral("CC BY-SA 4.0")})
        EXPECT_TRUE(text.contains(words)) << words.toStdString() << " not in:\n" << text.toStdString();
}
