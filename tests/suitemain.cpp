#include "testsuites.h"

int main(int argc, char *argv[])
{
    return fc::test::runSuite(argc, argv);
}
