// The driver for builds without libFuzzer: runs a target once over every file in the directories and files
// given, so the seed corpus and the regression inputs of each target run in every ctest suite.
#include "FuzzSupport.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <vector>

namespace {

bool runFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        std::cerr << "cannot read " << path << '\n';
        return false;
    }
    const std::vector<char> content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::cerr << "running " << path.filename().string() << " (" << content.size() << " bytes)\n";
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(content.data()), content.size());
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    int inputs = 0;
    for (int i = 1; i < argc; ++i) {
        const std::filesystem::path arg(argv[i]);
        if (std::filesystem::is_directory(arg)) {
            std::vector<std::filesystem::path> files;
            for (const auto& entry : std::filesystem::directory_iterator(arg)) {
                if (entry.is_regular_file() && entry.path().filename().string()[0] != '.') {
                    files.push_back(entry.path());
                }
            }
            std::sort(files.begin(), files.end());
            for (const auto& file : files) {
                if (!runFile(file)) {
                    return 1;
                }
                ++inputs;
            }
        } else if (std::filesystem::exists(arg)) {
            if (!runFile(arg)) {
                return 1;
            }
            ++inputs;
        }
    }
    if (inputs == 0) {
        std::cerr << "no inputs: give corpus directories or files\n";
        return 1;
    }
    std::cerr << inputs << " inputs, every property held\n";
    return 0;
}
