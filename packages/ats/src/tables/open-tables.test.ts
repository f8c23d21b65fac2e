import { describe, expect, it } from 'vitest';
import { OpenTables, tableLines } from './open-tables.js';

describe('tableLines', () => {
  it('reads a row of one-line cells as one tab-separated line and a layout row cell by cell', () => {
    expect(
      tableLines([
        [['2019 – 2021'], ['Engineer'], ['Acme'], []],
        [
          ['Skills', 'Java'],
          ['Experience', 'Acme'],
        ],
        [[], ['']],
      ]),
    ).toEqual(['2019 – 2021\tEngineer\tAcme', 'Skills', 'Java', 'Experience', 'Acme']);
  });
});

describe('OpenTables', () => {
  it('sends the lines read inside a cell to it and gives the table back row by row', () => {
    const sinks: string[][] = [];
    const lines: string[] = [];
    const emit = (line: string) => (sinks.at(-1) ?? lines).push(line);
    const tables = new OpenTables(sinks);
    emit('before');
    tables.openTable();
    tables.openRow();
    for (const text of ['2019', 'Engineer']) {
      tables.openCell();
      emit(text);
      tables.closeCell();
    }
    tables.closeRow();
    expect(sinks).toEqual([]);
    for (const line of tables.closeTable()) emit(line);
    emit('after');
    expect(lines).toEqual(['before', '2019\tEngineer', 'after']);
  });

  it('puts an inner table in the outer cell it stands in', () => {
    const sinks: string[][] = [];
    const tables = new OpenTables(sinks);
    const emit = (line: string) => (sinks.at(-1) as string[]).push(line);
    tables.openTable();
    tables.openRow();
    tables.openCell();
    emit('Profile');
    tables.openTable();
    tables.openRow();
    tables.openCell();
    emit('Java');
    tables.closeCell();
    tables.openCell();
    emit('5 years');
    tables.closeCell();
    tables.closeRow();
    for (const line of tables.closeTable()) emit(line);
    tables.closeCell();
    tables.closeRow();
    expect(tables.closeTable()).toEqual(['Profile', 'Java\t5 years']);
  });

  it('takes a closed cell off the stack though a box opened inside it was left open', () => {
    const box: string[] = [];
    const sinks: string[][] = [];
    const tables = new OpenTables(sinks);
    tables.openTable();
    tables.openRow();
    tables.openCell();
    sinks.push(box);
    tables.closeCell();
    expect(sinks).toEqual([box]);
  });

  it('ignores rows and cells outside any table, and closes what a document never closed', () => {
    const sinks: string[][] = [];
    const tables = new OpenTables(sinks);
    tables.openRow();
    tables.openCell();
    tables.closeCell();
    tables.closeRow();
    expect(sinks).toEqual([]);
    expect(tables.closeTable()).toEqual([]);
    tables.openTable();
    tables.openRow();
    tables.openCell();
    (sinks.at(-1) as string[]).push('Acme');
    tables.openTable();
    tables.openRow();
    tables.openCell();
    (sinks.at(-1) as string[]).push('inner');
    expect(tables.closeAll()).toEqual(['inner', 'Acme']);
    expect(tables.closeAll()).toEqual([]);
  });
});
