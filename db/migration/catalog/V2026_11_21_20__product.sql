-- The catalog's products. Stock is exact: every change is one conditional UPDATE (never read, compute, write),
-- and the CHECK is the last line of defence against overselling (ADR 0009).
CREATE TABLE product
(
  product_id BIGINT       NOT NULL AUTO_INCREMENT,
  name       VARCHAR(200) NOT NULL,
  price      BIGINT       NOT NULL,
  stock      BIGINT       NOT NULL,
  created_at DATETIME(6)  NOT NULL,
  updated_at DATETIME(6)  NOT NULL,
  PRIMARY KEY (product_id),
  CONSTRAINT product_price_not_negative CHECK (price >= 0),
  CONSTRAINT product_stock_not_negative CHECK (stock >= 0)
);
