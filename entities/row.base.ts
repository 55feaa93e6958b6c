import { PrimaryGeneratedColumn } from "typeorm";

/** A table row with an internal integer key. Types that clients address directly extend `Node` instead. */
export abstract class Row {
  @PrimaryGeneratedColumn({ name: "id" })
  pk: number;
}
