#include "testpackage.h"

#include "campaignloader.h"

#include <QDir>
#include <QFile>
#include <gtest/gtest.h>

QString copyEmbeddedPackage(const QTemporaryDir &dir)
{
    const QString target = dir.path() + QStringLiteral("/package");
    QDir().mkpath(target);
    const QDir source(CampaignLoader::embeddedPath());
    const QStringList files = source.entryList(QDir::Files);
    EXPECT_FALSE(files.isEmpty());
    for (const QString &name : files) {
        const QString to = target + QLatin1Char('/') + name;
        EXPECT_TRUE(QFile::copy(source.filePath(name), to)) << name.toStdString();
        QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
    }
    return target;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate)) << path.toStdString();
    f.write(bytes);
}

void replaceInFile(const QString &path, const QString &from, const QString &to)
{
    QString text = QString::fromUtf8(readFile(path));
    const qsizetype at = text.indexOf(from);
    ASSERT_GE(at, 0) << "not found in " << path.toStdString() << ": " << from.toStdString();
    text.replace(at, from.size(), to);
    writeFile(path, text.toUtf8());
}
