using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(ResidencyAdvisor.Benchmarks.AdvisorBenchmarks).Assembly).Run(args);
