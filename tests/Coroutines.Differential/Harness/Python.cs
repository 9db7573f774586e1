using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;

namespace Coroutines.Differential.Harness
{
    /// <summary>
    /// Runs a program with CPython. python3 is a requirement of these tests, not an option: when it is missing the test
    /// fails and says how to install it (CI installs it before running the suite).
    /// </summary>
    public static class Python
    {
        private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

        /// <summary>Runs <paramref name="source"/> with python3 and returns what it printed on standard output.</summary>
        public static string Run(string source)
        {
            string path = Path.Combine(Path.GetTempPath(), "coroutines-differential-" + Guid.NewGuid().ToString("N") + ".py");
            File.WriteAllText(path, source);
            try
            {
                return RunFile(path);
            }
            finally
            {
                File.Delete(path);
            }
        }

        private static string RunFile(string path)
        {
            var start = new ProcessStartInfo("python3")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add("-X");
            start.ArgumentList.Add("utf8");
            start.ArgumentList.Add(path);
            start.Environment["PYTHONHASHSEED"] = "0";
            Process process;
            try
            {
                process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
            }
            catch (System.ComponentModel.Win32Exception e)
            {
                throw new InvalidOperationException(
                    "python3 is required by the differential tests and was not found on PATH; install it (e.g. `apt-get install -y python3`). " + e.Message, e);
            }
            using (process)
            {
                Task<string> output = process.StandardOutput.ReadToEndAsync();
                Task<string> error = process.StandardError.ReadToEndAsync();
                if (!process.WaitForExit((int)Timeout.TotalMilliseconds))
                {
                    process.Kill(entireProcessTree: true);
                    throw new TimeoutException($"python3 {path} ran longer than {Timeout.TotalSeconds} s");
                }
                process.WaitForExit();
                if (process.ExitCode != 0)
                    throw new InvalidOperationException($"python3 exited with {process.ExitCode}:\n{error.Result}\n--- stdout ---\n{output.Result}");
                return output.Result;
            }
        }
    }
}
