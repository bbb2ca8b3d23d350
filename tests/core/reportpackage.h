#pragma once

#include <QString>
#include <QTemporaryDir>

/**
 * A small campaign package with reports, written into a temporary folder:
 * three districts (alpha, beta, gamma), an article with two footnoted
 * sentences, and reports that agree, disagree, deny and give a figure.
 */
class ReportPackage
{
public:
    ReportPackage();
    bool isValid() const { return m_dir.isValid(); }
    const QString &path() const { return m_path; }
    QString file(const char *name) const;
    /// Replaces the first occurrence of @p from in the file @p name (fails the test if absent).
    void replace(const char *name, const char *from, const char *to) const;
    /// The 1-based line of the first occurrence of @p needle in @p name (0 when absent).
    int lineOf(const char *name, const char *needle) const;

private:
    QTemporaryDir m_dir;
    QString m_path;
};
