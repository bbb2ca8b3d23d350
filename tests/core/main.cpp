#include <QCoreApplication>
#include <gtest/gtest.h>

// A QCoreApplication for QObject-based code (timers, models, QProcess).
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
