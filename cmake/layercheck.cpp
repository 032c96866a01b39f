// Linked with one core layer (all its objects) and the layers below it: see app/CMakeLists.txt.
int main()
{
    return 0;
}
