process.stdout.write('tianmu-indicators\n');
